package io.postings.cli;

import static io.postings.cli.Cli.run;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The trend samples/README.md documents ("Dates and trend") is the one {@code trend} computes
 * on the bundled sample: every role's postings per month, its undated postings and the monthly
 * US median base salaries with n, read from the README's own tables.
 */
class SampleTrendTest {
    private static final String[] ROLES = {"Backend Developer", "DevOps Engineer", "Embedded Developer",
            "Software Engineer", "Full-Stack Developer"};
    private static JsonNode trend;

    @BeforeAll
    static void trendOnTheSample() throws Exception {
        Cli.Result r = run("trend", "--role", String.join(",", ROLES), "-f", "json");
        assertThat(r.err()).isEmpty();
        assertThat(r.code()).isZero();
        trend = new ObjectMapper().readTree(r.out());
    }

    /** The README table whose header starts with {@code | first | Jan |}: role to its cells after the name. */
    private static Map<String, List<String>> table(String first) throws Exception {
        Map<String, List<String>> rows = new LinkedHashMap<>();
        boolean in = false;
        for (String line : Files.readAllLines(Path.of("samples", "README.md"), StandardCharsets.UTF_8)) {
            if (line.startsWith("| " + first + " | Jan |")) {
                in = true;
            } else if (in && !line.startsWith("|")) {
                break;
            } else if (in && !line.startsWith("|---")) {
                List<String> cells = new ArrayList<>();
                for (String cell : line.substring(1, line.length() - 1).split("\\|")) {
                    cells.add(cell.strip());
                }
                rows.put(cells.get(0), cells.subList(1, cells.size()));
            }
        }
        assertThat(rows).as("README table " + first).isNotEmpty();
        return rows;
    }

    private static JsonNode role(String name) {
        for (JsonNode role : trend.get("roles")) {
            if (role.get("role").asText().equals(name)) {
                return role;
            }
        }
        throw new AssertionError(name);
    }

    @Test
    void sixWholeMonths() {
        assertThat(trend.get("span").get("first").asText()).isEqualTo("2026-01-01");
        assertThat(trend.get("span").get("last").asText()).isEqualTo("2026-06-30");
        assertThat(role("Backend Developer").get("periods").findValuesAsText("period"))
                .containsExactly("2026-01", "2026-02", "2026-03", "2026-04", "2026-05", "2026-06");
    }

    @Test
    void postingsPerMonthAsDocumented() throws Exception {
        Map<String, List<String>> documented = table("postings");
        for (String name : ROLES) {
            List<String> cells = documented.get(name);
            JsonNode role = role(name);
            List<String> months = new ArrayList<>();
            role.get("periods").forEach(p -> months.add(io.postings.render.Numbers.count(p.get("postings").asLong())));
            assertThat(months).as(name).containsExactlyElementsOf(cells.subList(0, 6));
            assertThat(io.postings.render.Numbers.count(role.get("undated").asLong())).as(name).isEqualTo(cells.get(6));
            // About N openings a month: the six whole months' postings over six.
            long dated = role.get("postings").asLong() - role.get("undated").asLong();
            assertThat(role.get("openings_per_month").get("mean").asDouble()).isEqualTo(dated / 6.0);
        }
    }

    @Test
    void monthlyMediansAsDocumented() throws Exception {
        Map<String, List<String>> documented = table("median (n)");
        for (String name : ROLES) {
            List<String> months = new ArrayList<>();
            role(name).get("periods").forEach(p -> months.add(io.postings.render.Numbers.money(
                    p.get("salary").get("median").asDouble()) + " (" + io.postings.render.Numbers.count(
                    p.get("salary").get("n").asLong()) + ")"));
            assertThat(months).as(name).containsExactlyElementsOf(documented.get(name));
        }
    }
}
