package io.postings.cli;

import static io.postings.cli.Cli.resource;
import static io.postings.cli.Cli.run;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code compare} end to end on {@code cli/small.csv}, whose numbers are worked out by hand:
 * Backend b1-b6 (b1 repeated once), DevOps d1-d5, one Barista, one broken row.
 */
class CompareCommandTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;

    private JsonNode compareJson(String... extra) throws Exception {
        String[] args = new String[6 + extra.length];
        args[0] = "compare";
        args[1] = "--a";
        args[2] = "backend developer";
        args[3] = "--b";
        args[4] = "DevOps Engineer";
        args[5] = "--format=json";
        System.arraycopy(extra, 0, args, 6, extra.length);
        return Cli.json(args);
    }

    @Test
    void handComputedNumbers() throws Exception {
        JsonNode report = compareJson(resource("small.csv"));

        assertThat(report.get("schema").asText()).isEqualTo("postings.compare/1");
        JsonNode input = report.get("input");
        assertThat(input.get("rows_read").asLong()).isEqualTo(14);
        assertThat(input.get("postings").asLong()).isEqualTo(12);
        assertThat(input.get("duplicates").asLong()).isEqualTo(1);
        assertThat(input.get("rejected").asLong()).isEqualTo(1);
        assertThat(input.get("without_role").asLong()).isEqualTo(1);

        JsonNode a = report.get("a");
        assertThat(a.get("role").asText()).isEqualTo("Backend Developer");
        assertThat(a.get("postings").asLong()).isEqualTo(6);
        // US salaries: b1 150,000 (range midpoint), b2 67.5/h x 2080 = 140,400, b5 200,000; b3 is EUR in DE, b6 out of range.
        assertThat(a.get("salary").get("n").asLong()).isEqualTo(3);
        assertThat(a.get("salary").get("median").asDouble()).isEqualTo(150_000.0);
        assertThat(a.get("salary").get("interval").isNull()).isTrue();
        assertThat(a.get("top_skill").get("key").asText()).isEqualTo("AWS");
        assertThat(a.get("top_skill").get("count").asLong()).isEqualTo(4);
        assertThat(a.get("entry_level_share").asDouble()).isEqualTo(1.0 / 6);
        assertThat(a.get("remote_share").asDouble()).isEqualTo(2.0 / 6);
        assertThat(a.get("unknown_country").get("count").asLong()).isZero();
        assertThat(a.get("employers").get(0).get("key").asText()).isEqualTo("Acme");
        assertThat(a.get("employers").get(0).get("count").asLong()).isEqualTo(3);

        JsonNode b = report.get("b");
        assertThat(b.get("postings").asLong()).isEqualTo(5);
        // d2 125,000, d3 "$130K"-"$150K" = 140,000, d5 140,000.
        assertThat(b.get("salary").get("median").asDouble()).isEqualTo(140_000.0);
        assertThat(b.get("seniority").get(2).get("count").asLong()).as("lead is senior").isEqualTo(2);

        JsonNode pair = report.get("pair");
        // top(A) = AWS 4, Java 3, Go 2, Docker, Kafka, Kubernetes, SQL; top(B) = CI/CD 4, AWS 2, Terraform 2, Docker, Kubernetes, Python.
        assertThat(pair.get("intersection").asInt()).isEqualTo(3);
        assertThat(pair.get("union").asInt()).isEqualTo(10);
        assertThat(pair.get("jaccard").asDouble()).isEqualTo(0.3);
        assertThat(pair.get("shared").get(0).get("skill").asText()).isEqualTo("AWS");
        assertThat(pair.get("salary_gap").get("usd").asDouble()).isEqualTo(10_000.0);
        assertThat(pair.get("salary_gap").get("pct").asDouble()).isEqualTo(10_000 / 140_000.0);
        assertThat(pair.get("volume").get("difference").asLong()).isEqualTo(1);
        assertThat(pair.get("volume").get("larger_over_smaller").asDouble()).isEqualTo(1.2);
    }

    @Test
    void topOptionChangesTheOverlap() throws Exception {
        JsonNode pair = compareJson("--top", "3", resource("small.csv")).get("pair");

        assertThat(pair.get("jaccard").asDouble()).isEqualTo(0.2);
    }

    @Test
    void goldenTableJsonAndMarkdown() throws Exception {
        Cli.assertGolden("compare-small", List.of("table", "json", "markdown"), "compare", "--a", "Backend Developer",
                "--b", "DevOps Engineer", resource("small.csv"));
    }

    @Test
    void sameInputGivesTheSameBytes() {
        String first = run("compare", "--a", "Backend Developer", "--b", "DevOps Engineer", "-f", "json", resource("small.csv")).out();
        String second = run("compare", "--a", "Backend Developer", "--b", "DevOps Engineer", "-f", "json", resource("small.csv")).out();
        assertThat(second).isEqualTo(first);
    }

    @Test
    void severalFilesAndFormatsInOneRun() throws Exception {
        Path jsonl = dir.resolve("more.jsonl");
        Files.writeString(jsonl, """
                {"id": "j1", "job_title": "Backend Engineer", "company": {"name": "Acme"}, "location": "Austin, TX", \
                "salary": "$150,000 - $170,000 a year", "skills": ["AWS", "Rust"]}
                {"id": "b5", "job_title": "Staff Backend Engineer", "company": {"name": "Initech"}}
                """, StandardCharsets.UTF_8);

        JsonNode report = compareJson(resource("small.csv"), jsonl.toString());

        assertThat(report.get("input").get("duplicates").asLong()).isEqualTo(2);
        assertThat(report.get("a").get("postings").asLong()).isEqualTo(7);
        // Salaries 140,400 / 150,000 / 160,000 / 200,000: median 155,000.
        assertThat(report.get("a").get("salary").get("median").asDouble()).isEqualTo(155_000.0);
    }

    @Test
    void outWritesTheFileAtomicallyAndPrintsNothing() throws Exception {
        Path out = dir.resolve("numbers.json");
        Files.writeString(out, "old");

        Cli.Result r = run("compare", "--a", "Backend Developer", "--b", "DevOps Engineer", "-f", "json", "--out", out.toString(),
                resource("small.csv"));

        assertThat(r.code()).isZero();
        assertThat(r.out()).isEmpty();
        assertThat(JSON.readTree(out.toFile()).get("schema").asText()).isEqualTo("postings.compare/1");
        try (var files = Files.list(dir)) {
            assertThat(files.map(p -> p.getFileName().toString())).containsExactly("numbers.json");
        }
    }

    @Test
    void unknownRoleIsAUsageErrorNamingTheClosestRoles() {
        Cli.Result r = run("compare", "--a", "Bakend Developr", "--b", "DevOps Engineer", resource("small.csv"));

        assertThat(r.code()).isEqualTo(ExitCodes.USAGE);
        assertThat(r.out()).isEmpty();
        assertThat(r.err()).startsWith("postings: unknown role \"Bakend Developr\"; closest: \"Backend Developer\", ");
        assertThat(r.err().lines()).hasSize(1);
    }

    @Test
    void missingFileIsAOneLineInputError() {
        Cli.Result r = run("compare", "--a", "Backend Developer", "--b", "DevOps Engineer", dir.resolve("nope.csv").toString());

        assertThat(r.code()).isEqualTo(ExitCodes.INPUT);
        assertThat(r.err()).isEqualTo("postings: " + dir.resolve("nope.csv") + ": no such file\n");
    }

    @Test
    void unwritableOutputIsAnOutputErrorAndLeavesNoFile() {
        Path out = dir.resolve("missing-dir").resolve("x.json");

        Cli.Result r = run("compare", "--a", "Backend Developer", "--b", "DevOps Engineer", "--out", out.toString(),
                resource("small.csv"));

        assertThat(r.code()).isEqualTo(ExitCodes.OUTPUT);
        assertThat(r.err()).startsWith("postings: " + out + ": cannot write").doesNotContain("Exception");
        assertThat(Files.exists(out)).isFalse();
    }

    @Test
    void badOptionValuesAreUsageErrors() {
        assertThat(run("compare", "--a", "Backend Developer", "--b", "DevOps Engineer", "--format", "xml", resource("small.csv")).code())
                .isEqualTo(ExitCodes.USAGE);
        assertThat(run("compare", "--a", "Backend Developer").code()).isEqualTo(ExitCodes.USAGE);
        assertThat(run("compare", "--a", "Backend Developer", "--b", "DevOps Engineer", "--map", "nonsense=x", resource("small.csv")).code())
                .isEqualTo(ExitCodes.USAGE);
    }

    @Test
    void mapOptionPointsAFieldAtAColumn() throws Exception {
        Path csv = dir.resolve("odd.csv");
        Files.writeString(csv, "ref;headline;pay_text;where\n1;Backend Engineer;$100K-$120K;Austin, TX\n2;DevOps Engineer;$90,000;Denver, CO\n");

        JsonNode report = compareJson("--map", "title=headline", "--map", "salary=pay_text", "--map", "location=where",
                csv.toString());

        assertThat(report.get("a").get("salary").get("median").asDouble()).isEqualTo(110_000.0);
        assertThat(report.get("b").get("salary").get("median").asDouble()).isEqualTo(90_000.0);
    }

    @Test
    void noFileReadsTheBundledSample() {
        String home = Path.of("").toAbsolutePath().toString();
        String previous = System.setProperty("postings.home", home);
        try {
            Cli.Result r = run("compare", "--a", "Backend Developer", "--b", "DevOps Engineer", "-f", "json");
            assertThat(r.code()).as(r.err()).isZero();
            assertThat(r.out()).contains("\"samples/postings.csv.gz\"").doesNotContain(home);
        } finally {
            if (previous == null) {
                System.clearProperty("postings.home");
            } else {
                System.setProperty("postings.home", previous);
            }
        }
    }

    /**
     * The articles call Backend vs Embedded "one of the lowest" overlaps (Backend vs DevOps,
     * "moderate", is pinned by the sample report's golden file).
     */
    @Test
    void theSampleRanksBackendVersusEmbeddedAsTheArticlesDo() {
        Cli.Result r = run("compare", "--a", "Backend Developer", "--b", "Embedded Developer", "samples/postings.csv.gz");

        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.out()).contains("Top-30 skill overlap (Jaccard): 20% (10 of 50 skills)")
                .contains("Overlap rank: 42nd lowest of 210 pairs of roles with at least 100 postings (lowest 7%, highest 82%), "
                        + "one of the lowest overlaps between any two roles we have compared");
    }

    @Test
    void helpWorksWithoutTheRequiredOptions() {
        Cli.Result r = run("compare", "--help");

        assertThat(r.code()).isZero();
        assertThat(r.out()).contains("Usage: postings compare").contains("Examples:");
    }
}
