package io.postings.cli;

import static io.postings.cli.Cli.resource;
import static io.postings.cli.Cli.run;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

class MatrixCommandTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String FIVE = "Backend Developer,DevOps Engineer,Embedded Developer,Software Engineer,"
            + "Full-Stack Developer";

    @Test
    void theSampleMatchesThePublishedOverlaps() throws Exception {
        JsonNode report = Cli.json("matrix", "--role", FIVE, "--format", "json");
        assertThat(report.get("schema").asText()).isEqualTo("postings.matrix/1");
        assertThat(report.get("roles")).hasSize(5);
        assertThat(report.get("pairs")).hasSize(10);
        // docs/published-figures.md: Backend vs Embedded 20%, vs DevOps 43%, Full-Stack vs Backend 58%, Software Engineer vs Backend 71%.
        assertThat(pair(report, "Backend Developer", "Embedded Developer")).isEqualTo("10/50");
        assertThat(pair(report, "Backend Developer", "DevOps Engineer")).isEqualTo("18/42");
        assertThat(pair(report, "Backend Developer", "Full-Stack Developer")).isEqualTo("22/38");
        assertThat(pair(report, "Backend Developer", "Software Engineer")).isEqualTo("25/35");
        // Highest first, ranks from 1.
        assertThat(report.get("pairs").get(0).get("rank").asInt()).isEqualTo(1);
        double previous = 1;
        for (JsonNode p : report.get("pairs")) {
            assertThat(p.get("jaccard").asDouble()).isLessThanOrEqualTo(previous);
            previous = p.get("jaccard").asDouble();
        }
    }

    @Test
    void everyPairIsTheJaccardCompareReports() throws Exception {
        JsonNode matrix = JSON.readTree(run("matrix", "--min-postings", "1", "-f", "json", resource("small.csv")).out());
        JsonNode compare = JSON.readTree(run("compare", "--a", "DevOps Engineer", "--b", "Backend Developer", "-f", "json",
                resource("small.csv")).out());
        JsonNode pair = matrix.get("pairs").get(0);
        assertThat(pair.get("a").asText()).isEqualTo("Backend Developer");
        assertThat(pair.get("jaccard").asDouble()).isEqualTo(compare.at("/pair/jaccard").asDouble()).isEqualTo(0.3);
        assertThat(pair.get("intersection").asInt()).isEqualTo(3);
        assertThat(pair.get("union").asInt()).isEqualTo(10);
    }

    @Test
    void rolesBelowTheMinimumAreListedNotPaired() throws Exception {
        JsonNode report = JSON.readTree(run("matrix", "--min-postings", "6", "-f", "json", resource("small.csv")).out());
        assertThat(report.get("roles")).hasSize(1);
        assertThat(report.get("pairs")).isEmpty();
        assertThat(report.get("excluded").get(0).get("role").asText()).isEqualTo("DevOps Engineer");
        assertThat(report.get("excluded").get(0).get("postings").asInt()).isEqualTo(5);
        assertThat(report.get("requested").isNull()).isTrue();

        Cli.Result table = run("matrix", "--min-postings", "6", resource("small.csv"));
        assertThat(table.out()).contains("none: fewer than two roles have at least 6 postings")
                .contains("Not in the matrix: fewer than 6 postings (1)").contains("DevOps Engineer (5)");
    }

    @Test
    void goldenTableAndMarkdownOfFiveRoles() throws Exception {
        Cli.assertGolden("matrix-sample", Cli.TEXT, "matrix", "--role", FIVE);
    }

    @Test
    void unknownRoleIsAUsageError() {
        assertThat(Cli.usageError("matrix", "--role", "Backend Developer,Astronaut", resource("small.csv")))
                .startsWith("postings: unknown role \"Astronaut\"");
    }

    /** "intersection/union" of the pair listed as (a, b). */
    private static String pair(JsonNode report, String a, String b) {
        JsonNode p = Cli.pair(report, a, b, false);
        return p.get("intersection").asInt() + "/" + p.get("union").asInt();
    }
}
