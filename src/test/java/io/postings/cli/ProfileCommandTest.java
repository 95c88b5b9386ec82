package io.postings.cli;

import static io.postings.cli.Cli.run;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code profile --role R}: the career page of one role. */
class ProfileCommandTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;

    @Test
    void theSampleProfileIsCompareNumbersPlusThePage() throws Exception {
        Cli.Result r = run("profile", "--role", "backend developer", "-f", "json");
        assertThat(r.err()).isEmpty();
        assertThat(r.code()).isZero();
        JsonNode report = JSON.readTree(r.out());
        assertThat(report.get("schema").asText()).isEqualTo("postings.profile/1");
        assertThat(report.get("requested").asText()).isEqualTo("backend developer");
        List<String> aliases = new ArrayList<>();
        report.get("also_called").forEach(a -> aliases.add(a.asText()));
        assertThat(aliases).contains("backend engineer", "back end developer").doesNotContain("Backend Developer");

        JsonNode compare = JSON.readTree(run("compare", "--a", "Backend Developer", "--b", "DevOps Engineer", "-f", "json").out());
        assertThat(report.get("role")).isEqualTo(compare.get("a"));

        // Premiums: the skill salaries above the baseline, in their order.
        List<JsonNode> above = new ArrayList<>();
        compare.get("a").get("skill_salaries").forEach(s -> {
            if (s.get("premium").asDouble() > 0) {
                above.add(s);
            }
        });
        assertThat(report.get("premiums")).containsExactlyElementsOf(above);
        assertThat(above).isNotEmpty();

        // Related roles: the matrix's pairs with Backend Developer, highest first (published-figures.md), top K.
        JsonNode related = report.get("related");
        assertThat(related).hasSize(10);
        // Software Engineer first (25/35, published); the rest as the calibrated sample ranks them.
        assertThat(related).extracting(n -> n.get("role").asText())
                .startsWith("Software Engineer").contains("Full-Stack Developer").doesNotContain("Backend Developer");
        for (int i = 1; i < related.size(); i++) {
            assertThat(related.get(i).get("jaccard").asDouble()).isLessThanOrEqualTo(related.get(i - 1).get("jaccard").asDouble());
        }
        assertThat(related.get(0).get("intersection").asInt()).isEqualTo(25);
        assertThat(related.get(0).get("union").asInt()).isEqualTo(35);
        assertThat(related.get(0).get("jaccard").asDouble()).isEqualTo(25.0 / 35);
    }

    @Test
    void openingsPerMonthAreOverTheRunsWholeMonths() throws Exception {
        Path csv = dir.resolve("dated.csv");
        Files.writeString(csv, """
                id,title,location,posted_at
                1,Backend Developer,"Austin, TX",2026-01-05
                2,Backend Developer,"Austin, TX",2026-01-31
                3,Backend Developer,"Austin, TX",2026-03-02
                4,Backend Developer,"Austin, TX",
                5,DevOps Engineer,"Austin, TX",2026-06-01
                """, StandardCharsets.UTF_8);

        JsonNode openings = JSON.readTree(run("profile", "--role", "Backend Developer", "-f", "json", csv.toString()).out())
                .get("openings");

        assertThat(openings.get("months")).extracting(m -> m.get("month").asText() + "=" + m.get("postings").asLong())
                .containsExactly("2026-01=2", "2026-02=0", "2026-03=1");
        assertThat(openings.get("undated").asLong()).isEqualTo(1);
        // Openings per month: the run's whole months (2026-01-05 to 2026-06-01: February to May), not the listed ones.
        assertThat(openings.get("per_month").asDouble()).isEqualTo(0.25);
        String text = run("profile", "--role", "Backend Developer", csv.toString()).out();
        assertThat(text).contains("- About 0 openings a month (2026-02 to 2026-05, 4 whole months)\n");
        String window = run("profile", "--role", "Backend Developer", "--since", "2026-01-01", "--until", "2026-03-31",
                csv.toString()).out();
        assertThat(window).contains("- About 1 opening a month (2026-01 to 2026-03, 3 whole months)\n");
    }

    @Test
    void goldenTableAndMarkdown() throws Exception {
        Cli.assertGolden("profile-sample", Cli.TEXT, "profile", "--role", "Backend Developer");
    }

    @Test
    void anUnknownRoleIsAUsageError() {
        Cli.Result r = run("profile", "--role", "Barista Supreme");
        assertThat(r.code()).isEqualTo(ExitCodes.USAGE);
        assertThat(r.err()).contains("unknown role");
        assertThat(r.out()).isEmpty();
    }
}
