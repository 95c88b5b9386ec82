package io.postings.cli;

import static io.postings.cli.Cli.resource;
import static io.postings.cli.Cli.run;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.postings.Golden;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * {@code trend} end to end on {@code cli/dated.csv}, worked out by hand: Backend b01-b11 posted
 * from 2026-03-15 to 2026-06-10 in every date format the tool reads (b10 has no date, b11 an
 * unreadable one), DevOps d01-d04 from 2026-04-02 to 2026-06-01; b01 repeated, one broken row.
 */
class TrendCommandTest {

    @Test
    void twoRolesByMonthInEveryFormat() throws Exception {
        Cli.assertGolden("trend-dated", List.of("table", "markdown", "json"), "trend", "--role",
                "backend developer,DevOps Engineer", resource("dated.csv"));
    }

    @Test
    void handComputedMonths() throws Exception {
        JsonNode report = Cli.json("trend", "--role", "Backend Developer", "-f", "json", resource("dated.csv"));
        assertThat(report.get("schema").asText()).isEqualTo("postings.trend/1");
        assertThat(report.get("span").get("first").asText()).isEqualTo("2026-03-15");
        assertThat(report.get("span").get("last").asText()).isEqualTo("2026-06-10");
        JsonNode role = report.get("roles").get(0);
        assertThat(role.get("postings").asLong()).isEqualTo(11);
        assertThat(role.get("undated").asLong()).isEqualTo(2);
        // March: b01 (ISO), b02 (M/D/YYYY); April: b03 (date-time), b04 (date and time), b05 (Unix seconds);
        // May: b06 (Unix milliseconds), b07, b08 (D/M/YYYY); June: b09.
        JsonNode months = role.get("periods");
        assertThat(months.findValuesAsText("period")).containsExactly("2026-03", "2026-04", "2026-05", "2026-06");
        assertThat(months.findValues("postings").stream().map(JsonNode::asLong)).containsExactly(2L, 3L, 3L, 1L);
        assertThat(months.get(0).get("whole").asBoolean()).isFalse();
        assertThat(months.get(1).get("whole").asBoolean()).isTrue();
        // US salaries: March 100k, 110k; April 120k, 130k (b03 is in Germany); May 140k, 150k; June 160k.
        assertThat(months.get(0).get("salary").get("median").asDouble()).isEqualTo(105_000.0);
        assertThat(months.get(1).get("salary").get("n").asLong()).isEqualTo(2);
        assertThat(months.get(1).get("median_change").get("difference").asDouble()).isEqualTo(20_000.0);
        assertThat(months.get(1).get("postings_change").get("pct").asDouble()).isEqualTo(0.5);
        // Openings per month: April and May are the whole months, 6 postings.
        JsonNode openings = role.get("openings_per_month");
        assertThat(openings.get("mean").asDouble()).isEqualTo(3.0);
        assertThat(openings.get("months").asInt()).isEqualTo(2);
        assertThat(openings.get("first").asText()).isEqualTo("2026-04");
        JsonNode input = report.get("input");
        assertThat(input.get("without_date").asLong()).isEqualTo(2);
        assertThat(input.get("filtered_out").asLong()).isZero();
        assertThat(input.get("selection").get("window").isNull()).isTrue();
        assertThat(input.get("problems").findValuesAsText("kind")).contains("unparseable_date");
    }

    @Test
    void oneRoleByWeekInsideAWindow() throws Exception {
        Cli.Result r = run("trend", "--role", "DevOps Engineer", "--by", "week", "--as-of", "2026-05-10", "--days", "42",
                resource("dated.csv"));
        assertThat(r.code()).isZero();
        Golden.assertMatches("trend-dated-week.txt", r.out());
        assertThat(r.out()).contains("Selection: posted 2026-03-30 to 2026-05-10 (42 days, both included, as of 2026-05-10)");
    }

    @Test
    void theWindowAndFiltersAccountForEveryRow() throws Exception {
        JsonNode input = Cli.json("trend", "--role", "devops engineer", "--since", "2026-04-01", "--until", "4/30/2026",
                "--country", "us,GB", "--company", "hooli", "--company", "GLOBEX", "-f", "json", resource("dated.csv"))
                .get("input");
        // In April: b03 (DE: country), b04 (kept), b05 (Initech: company), d01 and d02 (kept); b10 and b11 have no
        // date; the other 8 distinct postings are outside the window.
        assertThat(input.get("postings").asLong()).isEqualTo(3);
        assertThat(input.get("filtered_out").asLong()).isEqualTo(12);
        assertThat(input.get("filtered").findValues("count").stream().map(JsonNode::asLong))
                .containsExactly(2L, 8L, 1L, 0L, 0L, 1L);
        assertThat(input.get("rows_read").asLong()).isEqualTo(input.get("postings").asLong()
                + input.get("duplicates").asLong() + input.get("rejected").asLong() + input.get("filtered_out").asLong());
        JsonNode selection = input.get("selection");
        assertThat(selection.get("window").get("days").asInt()).isEqualTo(30);
        assertThat(selection.get("countries").findValuesAsText("")).isEmpty();
        assertThat(selection.get("countries").toString()).isEqualTo("[\"US\",\"GB\"]");
        assertThat(selection.get("companies").toString()).isEqualTo("[\"hooli\",\"GLOBEX\"]");
    }

    @ParameterizedTest(name = "{0} is a usage error")
    @CsvSource(delimiter = '|', textBlock = """
            --by|year|--by must be month or week
            --country|Atlantis|--country: 'Atlantis' is not a country; valid: ISO 3166-1 alpha-2 codes
            --seniority|junior|--seniority: 'junior' is not one of entry, mid, senior, staff
            --work-mode|office|--work-mode: 'office' is not one of remote, hybrid, onsite
            --since|yesterday|--since: 'yesterday' is not a date
            --days|30|--days sets the length of the --as-of window
            """)
    void invalidValuesAreUsageErrorsNamingTheValidOnes(String option, String value, String message) {
        Cli.Result r = run("trend", "--role", "DevOps Engineer", option, value, resource("dated.csv"));
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).contains(message);
        assertThat(r.out()).isEmpty();
    }

    @Test
    void rolesGoThroughTheRoleResolver() {
        Cli.Result r = run("trend", "--role", "Astronaut", resource("dated.csv"));
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).contains("unknown role \"Astronaut\"");
        Cli.Result alias = run("trend", "--role", "Sr. Backend Engineer,backend developer", "-f", "json",
                resource("dated.csv"));
        assertThat(alias.code()).isZero();
        assertThat(alias.out()).as("one role, named once").containsOnlyOnce("\"role\": \"Backend Developer\"");
    }

    @Test
    void anEmptyWindowIsAUsageError() {
        Cli.Result r = run("compare", "--a", "Backend Developer", "--b", "DevOps Engineer", "--since", "2026-06-01",
                "--until", "2026-05-01", resource("dated.csv"));
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).contains("--since 2026-06-01 is after --until 2026-05-01");
    }
}
