package io.postings.cli;

import static io.postings.cli.Cli.resource;
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

/**
 * {@code check} recomputes a saved report from its own parameters: it passes on an unchanged
 * input, and on a changed one fails with exit 1 and every changed value.
 */
class CheckCommandTest {
    @TempDir
    Path dir;

    /** A copy of the small fixture in the temp dir, so a test can change the input after saving the report. */
    private Path input() throws Exception {
        Path csv = dir.resolve("jobs.csv");
        Files.copy(Path.of(resource("small.csv")), csv);
        return csv;
    }

    private Path save(String... args) throws Exception {
        Cli.Result r = run(args);
        assertThat(r.code()).as(r.err()).isZero();
        return dir.resolve("expected.json");
    }

    /** The JSON compare of Backend Developer and DevOps Engineer over {@code csv}, saved as expected.json. */
    private Path savedCompare(Path csv, String... options) throws Exception {
        List<String> args = new ArrayList<>(List.of("compare", "--a", "Backend Developer", "--b", "DevOps Engineer",
                "-f", "json", "-o", dir.resolve("expected.json").toString()));
        args.addAll(List.of(options));
        args.add(csv.toString());
        return save(args.toArray(String[]::new));
    }

    @Test
    void passesOnTheSampleReport() throws Exception {
        Path out = dir.resolve("report");
        assertThat(run("report", "--a", "Backend Developer", "--b", "Embedded Developer", "--out", out.toString()).code())
                .isZero();

        Cli.Result r = run("check", out.resolve("report.json").toString());

        assertThat(r.err()).isEmpty();
        assertThat(r.code()).isZero();
        assertThat(r.out()).contains("from samples/postings.csv.gz").contains("OK: no value drifted");
        assertThat(r.out()).doesNotContain("Changed");
    }

    @Test
    void changedInputFailsWithEveryChangedNumber() throws Exception {
        Path csv = input();
        Path expected = savedCompare(csv);
        // DevOps' US salaries 125,000, 140,000 (d3) and 140,000 (d5) become 125,000, 160,000 and 150,000.
        String text = Files.readString(csv).replace("$130K,$150K", "$150K,$170K").replace("140000,140000", "150000,150000");
        Files.writeString(csv, text);

        Cli.Result r = run("check", "--allow-outside", expected.toString());

        assertThat(r.code()).isEqualTo(ExitCodes.DIFFERENT);
        assertThat(r.err()).isEmpty();
        assertThat(r.out())
                .containsPattern("b\\.salary\\.median\\s+140000\\.0\\s+150000\\.0\\s+\\+10000\n")
                .containsPattern("pair\\.salary_gap\\.usd\\s+10000\\.0\\s+0\\.0\\s+-10000\n")
                .contains("DRIFT: ");
        assertThat(r.out()).doesNotContain("a.salary.median");
    }

    @Test
    void aTamperedNumberIsReportedWithOldNewAndDifference() throws Exception {
        Path csv = input();
        Path expected = savedCompare(csv);
        String json = Files.readString(expected);
        Files.writeString(expected, json.replaceFirst("\"median\": 150000\\.0", "\"median\": 151000.0"));

        Cli.Result r = run("check", "--allow-outside", expected.toString(), "--format", "json");

        assertThat(r.code()).isEqualTo(ExitCodes.DIFFERENT);
        JsonNode check = new ObjectMapper().readTree(r.out());
        assertThat(check.get("schema").asText()).isEqualTo("postings.check/2");
        assertThat(check.get("changes")).hasSize(1);
        JsonNode change = check.get("changes").get(0);
        assertThat(change.get("path").asText()).isEqualTo("a.salary.median");
        // Numbers as JSON numbers, not strings.
        assertThat(change.get("expected").isNumber()).isTrue();
        assertThat(change.get("expected").asDouble()).isEqualTo(151000.0);
        assertThat(change.get("actual").asDouble()).isEqualTo(150000.0);
        assertThat(change.get("difference").isNumber()).isTrue();
        assertThat(change.get("difference").asDouble()).isEqualTo(-1000.0);
        assertThat(check.get("values").asLong()).isGreaterThan(100);

        Cli.Result table = run("check", "--allow-outside", expected.toString());
        assertThat(table.out()).containsPattern("a\\.salary\\.median\\s+151000\\.0\\s+150000\\.0\\s+-1000")
                .contains("DRIFT: 1 value of ");
    }

    @Test
    void toleranceLetsSmallMovesOfMoneyAndSharesPassButNeverCounts() throws Exception {
        Path csv = input();
        Path expected = savedCompare(csv);
        String json = Files.readString(expected);
        // A 0.4% move of a median and a 0.2-point move of a share.
        String moved = json.replaceFirst("\"median\": 150000\\.0", "\"median\": 150600.0")
                .replaceFirst("\"entry_level_share\": 0\\.16666666666666666", "\"entry_level_share\": 0.1686666");
        assertThat(moved).isNotEqualTo(json);
        Files.writeString(expected, moved);

        assertThat(run("check", "--allow-outside", expected.toString()).code()).as("exact by default").isEqualTo(ExitCodes.DIFFERENT);
        Cli.Result loose = run("check", "--allow-outside", expected.toString(), "--tolerance", "0.005");
        assertThat(loose.code()).as(loose.out()).isZero();
        assertThat(loose.out()).contains("Moved within the tolerance (2)").contains("a.salary.median")
                .contains("a.entry_level_share").contains("OK: no value drifted");
        assertThat(run("check", "--allow-outside", expected.toString(), "--tolerance", "0.001").code()).isEqualTo(ExitCodes.DIFFERENT);

        // A count is never within a tolerance.
        Files.writeString(expected, json.replaceFirst("\"postings\": 6,", "\"postings\": 7,"));
        Cli.Result counts = run("check", "--allow-outside", expected.toString(), "--tolerance", "0.5");
        assertThat(counts.code()).isEqualTo(ExitCodes.DIFFERENT);
        assertThat(counts.out()).contains("a.postings");
    }

    @Test
    void filesOnTheCommandLineReplaceTheRecordedOnes() throws Exception {
        Path csv = input();
        Path expected = savedCompare(csv);
        Path moved = Files.move(csv, dir.resolve("renamed.csv"));

        assertThat(run("check", "--allow-outside", expected.toString()).code()).as("the recorded file is gone").isEqualTo(ExitCodes.INPUT);
        Cli.Result r = run("check", "--allow-outside", expected.toString(), moved.toString());
        assertThat(r.code()).as(r.out()).isZero();
        assertThat(r.out()).contains("renamed.csv");
    }

    @Test
    void recordedParametersAreUsed() throws Exception {
        Path csv = input();
        Path expected = savedCompare(csv, "--top", "2", "--min-n", "1", "--hours-per-year", "2000", "--map", "title=title");
        JsonNode saved = new ObjectMapper().readTree(expected.toFile());
        assertThat(saved.at("/parameters/hours_per_year").asInt()).isEqualTo(2000);
        assertThat(saved.at("/parameters/map/title").asText()).isEqualTo("title");

        Cli.Result r = run("check", "--allow-outside", expected.toString());
        assertThat(r.code()).as(r.out()).isZero();
    }

    @Test
    void matrixAndSkillsReportsAreCheckedToo() throws Exception {
        Path csv = input();
        Path matrix = dir.resolve("matrix.json");
        Path skills = dir.resolve("skills.json");
        assertThat(run("matrix", "--min-postings", "1", "--role", "devops engineer,backend developer", "-f", "json",
                "-o", matrix.toString(), csv.toString()).code()).isZero();
        assertThat(run("skills", "--role", "Backend Developer", "--sort", "pay", "--min-n", "1", "-f", "json",
                "-o", skills.toString(), csv.toString()).code()).isZero();
        assertThat(run("check", "--allow-outside", matrix.toString()).code()).isZero();
        assertThat(run("check", "--allow-outside", skills.toString()).code()).isZero();

        Files.writeString(csv, Files.readString(csv).replace("CI/CD;AWS;Terraform", "CI/CD;AWS;Terraform;Java"));
        Cli.Result m = run("check", "--allow-outside", matrix.toString());
        assertThat(m.code()).isEqualTo(ExitCodes.DIFFERENT);
        assertThat(m.out()).contains("pairs[Backend Developer|DevOps Engineer].jaccard");
    }

    @Test
    void unreadableExpectedReportsAreInputErrors() throws Exception {
        Cli.Result missing = run("check", dir.resolve("nope.json").toString());
        assertThat(missing.code()).isEqualTo(ExitCodes.INPUT);
        assertThat(missing.err()).isEqualTo("postings: " + dir.resolve("nope.json") + ": no such file\n");

        Path notJson = Files.writeString(dir.resolve("bad.json"), "{\"schema\": ", StandardCharsets.UTF_8);
        Cli.Result bad = run("check", notJson.toString());
        assertThat(bad.code()).isEqualTo(ExitCodes.INPUT);
        assertThat(bad.err()).startsWith("postings: ").contains("not valid JSON").doesNotContain("Exception");

        Path roles = Files.writeString(dir.resolve("roles.json"), "{\"schema\": \"postings.roles/1\", \"parameters\": {}}");
        Cli.Result other = run("check", roles.toString());
        assertThat(other.code()).isEqualTo(ExitCodes.INPUT);
        assertThat(other.err()).contains("postings.roles/1");

        assertThat(run("check", roles.toString(), "--tolerance", "-1").code()).isEqualTo(ExitCodes.USAGE);
    }
}
