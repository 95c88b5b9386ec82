package io.postings.beam;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The pipeline on Beam's DirectRunner against the CLI on the same files: compare.json must
 * equal {@code postings compare -f json} and profiles.json {@code postings profiles -f json},
 * byte for byte.
 */
class ComparePipelineTest {
    private static final Path HOME = CliParity.HOME;

    @TempDir
    Path tmp;

    @Test
    void theSampleGivesTheClisBytes() throws IOException {
        // The DirectRunner's checks stay on here: every coder round-trips and nothing is changed after output.
        Path sample = HOME.resolve("samples/postings.csv.gz");
        assertSameAsCli(List.of(sample), sample.toString(), "--dedupShards=3");
    }

    @Test
    void aWindowAndFiltersGiveTheClisBytes() throws IOException {
        Path sample = HOME.resolve("samples/postings.csv.gz");
        Path out = tmp.resolve("out");
        org.apache.beam.sdk.PipelineResult.State state = ComparePipeline.build(CliParity.options(sample.toString(),
                out.toString(), "--dedupShards=3", "--since=2026-05-10", "--until=2026-06-20", "--country=US,DE",
                "--seniority=mid,senior", "--workMode=remote,onsite")).run().waitUntilFinish();
        assertThat(state).isEqualTo(org.apache.beam.sdk.PipelineResult.State.DONE);
        List<String> selection = List.of("--since", "2026-05-10", "--until", "2026-06-20", "--country", "US,DE",
                "--seniority", "mid,senior", "--work-mode", "remote,onsite", sample.toString());
        String cli = CliParity.cli(java.util.stream.Stream.concat(java.util.stream.Stream.of("compare", "-q", "-f", "json",
                "--a", CliParity.A, "--b", CliParity.B), selection.stream()));
        assertThat(cli).contains("\"filtered_out\"").contains("\"since\": \"2026-05-10\"");
        assertThat(Files.readString(out.resolve("compare.json"))).isEqualTo(cli);
        assertThat(Files.readString(out.resolve("profiles.json")))
                .isEqualTo(CliParity.cli(java.util.stream.Stream.concat(java.util.stream.Stream.of("profiles", "-q", "-f",
                        "json"), selection.stream())));
    }

    @Test
    @Tag("slow")
    void aMillionRowsInManyFilesGiveTheClisBytes() throws IOException {
        // Duplicates of the generated dump land in other files than their first read, half the files gzipped.
        Path dir = Files.createDirectories(tmp.resolve("parts"));
        List<Path> parts = CliParity.split(CliParity.generated(tmp.resolve("generated.csv"), 1_000_000), dir, 16);
        assertSameAsCli(parts, dir + "/part-*", "--enforceImmutability=false", "--enforceEncodability=false");
    }

    @Test
    void messyInputsGiveTheClisBytes() throws IOException {
        // Rejected rows, invalid UTF-8, a source's notice, rows without an id, duplicates in one file and across files.
        Path resources = HOME.resolve("src/test/resources");
        List<Path> inputs = new ArrayList<>();
        for (String fixture : List.of("bad/wrong-field-count.csv", "bad/invalid-utf8.csv", "bad/broken-line.jsonl",
                "formats/remoteok.json", "formats/jobspy.csv", "formats/linkedin-brazil.csv")) {
            inputs.add(Files.copy(resources.resolve(fixture), tmp.resolve(inputs.size() + "-" + Path.of(fixture).getFileName())));
        }
        List<String> sample = sampleLines(3001);
        inputs.add(write(tmp.resolve("6-first.csv"), sample.subList(0, 2001)));
        List<String> overlap = new ArrayList<>(List.of(sample.get(0)));
        overlap.addAll(sample.subList(1001, 3001));
        inputs.add(write(tmp.resolve("7-overlap.csv"), overlap));
        inputs.add(write(tmp.resolve("8-no-ids.csv"), sample.subList(0, 1501).stream().map(l -> l.substring(l.indexOf(',') + 1)).toList()));
        String glob = inputs.stream().map(Path::toString).reduce((x, y) -> x + "," + y).orElseThrow();
        // Roles as analysts type them: resolved and recorded ("requested") as the CLI does.
        assertSameAsCli(inputs, glob, "--dedupShards=2", "--a=Sr. Backend Engineer", "--b=DevOps", "--rejects");

        // The rejected rows, from files read by different workers, in the CLI's file and order.
        Path cliRejects = tmp.resolve("cli-rejects.csv");
        CliParity.cli(java.util.stream.Stream.concat(java.util.stream.Stream.of("compare", "-q", "-f", "json", "--a",
                "Backend Developer", "--b", "DevOps Engineer", "--rejects", cliRejects.toString()),
                inputs.stream().map(Path::toString)));
        assertThat(Files.readAllLines(cliRejects)).hasSizeGreaterThan(3);
        assertThat(Files.readString(tmp.resolve("out/rejects.csv"))).isEqualTo(Files.readString(cliRejects));
    }

    @Test
    void customTaxonomiesTravelWithTheJobAndGiveTheClisBytes() throws IOException {
        // Extending files, as a user's would be: they change the numbers. They are gone before the
        // pipeline runs, as on workers that never had them.
        String skillsText = "Cloud Platforms | aws | gcp | azure | amazon web services\n";
        String rolesText = "Backend Developer | api plumber | server side developer\n";
        Path skills = Files.writeString(tmp.resolve("skills.txt"), skillsText);
        Path roles = Files.writeString(tmp.resolve("roles.txt"), rolesText);
        Path sample = HOME.resolve("samples/postings.csv.gz");
        Path out = tmp.resolve("out");
        org.apache.beam.sdk.Pipeline pipeline = ComparePipeline.build(CliParity.options(sample.toString(), out.toString(),
                "--dedupShards=2", "--skills=+" + skills, "--roles=+" + roles));
        Files.delete(skills);
        Files.delete(roles);
        assertThat(pipeline.run().waitUntilFinish()).isEqualTo(org.apache.beam.sdk.PipelineResult.State.DONE);

        Files.writeString(skills, skillsText);
        Files.writeString(roles, rolesText);
        String cli = CliParity.cli(java.util.stream.Stream.of("compare", "-q", "-f", "json", "--a", CliParity.A, "--b",
                CliParity.B, "--skills", "+" + skills, "--roles", "+" + roles, sample.toString()));
        assertThat(cli).contains("\"Cloud Platforms\"").contains("\"skills_file\": \"+" + skills + "\"");
        assertThat(Files.readString(out.resolve("compare.json"))).isEqualTo(cli);
        assertThat(Files.readString(out.resolve("profiles.json"))).isEqualTo(CliParity.cli(java.util.stream.Stream.of(
                "profiles", "-q", "-f", "json", "--skills", "+" + skills, "--roles", "+" + roles, sample.toString())));
        assertThat(out.resolve("rejects.csv")).as("written only with --rejects").doesNotExist();
    }

    @Test
    void aSkillsTableTravelsWithTheJobAndGivesTheClisBytes() throws IOException {
        // Kaggle's layout: skills in a (job_id, skill_abr) table; the table is gone before the run.
        Path kaggle = HOME.resolve("src/test/resources/skills/kaggle");
        Path postings = kaggle.resolve("postings.csv");
        String tableText = Files.readString(kaggle.resolve("job_skills.csv"));
        Path table = Files.writeString(tmp.resolve("job_skills.csv"), tableText);
        Path out = tmp.resolve("out");
        org.apache.beam.sdk.Pipeline pipeline = ComparePipeline.build(CliParity.options(postings.toString(), out.toString(),
                "--skillsFile=" + table));
        Files.delete(table);
        assertThat(pipeline.run().waitUntilFinish()).isEqualTo(org.apache.beam.sdk.PipelineResult.State.DONE);

        Files.writeString(table, tableText);
        String cli = CliParity.cli(java.util.stream.Stream.of("compare", "-q", "-f", "json", "--a", CliParity.A, "--b",
                CliParity.B, "--skills-file", table.toString(), postings.toString()));
        assertThat(cli).contains("\"skill_table_file\": \"" + table + "\"").contains("\"Information Technology\"");
        assertThat(Files.readString(out.resolve("compare.json"))).isEqualTo(cli);
        assertThat(Files.readString(out.resolve("profiles.json"))).isEqualTo(CliParity.cli(java.util.stream.Stream.of(
                "profiles", "-q", "-f", "json", "--skills-file", table.toString(), postings.toString())));
    }

    @Test
    void contentDedupeGivesTheClisBytes() throws IOException {
        // Rows repeated under new ids and without ids, across files read by different workers; and a
        // row whose id belongs to a row that was itself a duplicate by content (still a duplicate by
        // id, its own content never seen). The sample has no descriptions, so company, title and
        // location alone make content: many rows of one file match each other too.
        List<String> sample = sampleLines(2601);
        List<Path> inputs = new ArrayList<>();
        inputs.add(write(tmp.resolve("0-first.csv"), sample.subList(0, 1501)));
        List<String> reposted = new ArrayList<>(List.of(sample.get(0)));
        sample.subList(1001, 2601).forEach(l -> reposted.add("r-" + l));
        inputs.add(write(tmp.resolve("1-reposted.csv"), reposted));
        List<String> noIds = new ArrayList<>(List.of(sample.get(0)));
        noIds.addAll(sample.subList(2001, 2201));
        inputs.add(write(tmp.resolve("2-no-ids.csv"), noIds.stream().map(l -> l.substring(l.indexOf(',') + 1)).toList()));
        String reusedId = "r-" + sample.get(1201).substring(0, sample.get(1201).indexOf(','));
        inputs.add(write(tmp.resolve("3-reused-id.csv"), List.of(sample.get(0),
                reusedId + ",Staff Platform Engineer,DevOps Engineer,Nowhere Ltd,\"Austin, TX\",US,remote,staff,,,,,Go,2026-06-01")));
        String glob = inputs.stream().map(Path::toString).reduce((x, y) -> x + "," + y).orElseThrow();
        Path out = tmp.resolve("out");

        assertThat(ComparePipeline.build(CliParity.options(glob, out.toString(), "--dedupShards=3", "--dedupe=content"))
                .run().waitUntilFinish()).isEqualTo(org.apache.beam.sdk.PipelineResult.State.DONE);

        List<String> files = inputs.stream().map(Path::toString).toList();
        String cli = CliParity.cli(java.util.stream.Stream.concat(java.util.stream.Stream.of("compare", "-q", "-f", "json",
                "--a", CliParity.A, "--b", CliParity.B, "--dedupe", "content"), files.stream()));
        String byIdOnly = CliParity.cli(java.util.stream.Stream.concat(java.util.stream.Stream.of("compare", "-q", "-f",
                "json", "--a", CliParity.A, "--b", CliParity.B), files.stream()));
        assertThat(postings(cli)).as("content finds more duplicates than ids").isLessThan(postings(byIdOnly));
        assertThat(Files.readString(out.resolve("compare.json"))).isEqualTo(cli);
        assertThat(Files.readString(out.resolve("profiles.json"))).isEqualTo(CliParity.cli(java.util.stream.Stream.concat(
                java.util.stream.Stream.of("profiles", "-q", "-f", "json", "--dedupe", "content"), files.stream())));
    }

    private static long postings(String compareJson) throws IOException {
        return new com.fasterxml.jackson.databind.ObjectMapper().readTree(compareJson).get("input").get("postings").asLong();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "--join=title,company | --join needs --skillsFile",
            "--dedupe=fuzzy | --dedupe must be id or content, not 'fuzzy'"})
    void aBadReadingOptionFailsBeforeAnythingRuns(String option, String message) {
        CompareOptions options = CliParity.options(HOME.resolve("samples/postings.csv.gz").toString(), tmp.toString(),
                option);
        assertThatThrownBy(() -> ComparePipeline.build(options)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage(message);
    }

    @Test
    void aReportThatWouldReplaceAnInputIsAnErrorAndTheInputStays() throws IOException {
        // A rerun whose glob takes in the last run's rejects.csv, written where the inputs are.
        Path dir = Files.createDirectories(tmp.resolve("dumps"));
        write(dir.resolve("jobs.csv"), sampleLines(11));
        Path lastRejects = Files.writeString(dir.resolve("rejects.csv"), "file,line,reason,raw\n");
        CompareOptions options = CliParity.options(dir + "/*.csv", dir.toString(), "--rejects");
        assertThatThrownBy(() -> ComparePipeline.build(options)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("--output: " + lastRejects + " is one of the inputs; write the reports to another directory");
        assertThat(Files.readString(lastRejects)).isEqualTo("file,line,reason,raw\n");
        assertThat(dir.resolve("compare.json")).doesNotExist();
    }

    @Test
    void aMissingTaxonomyFileFailsBeforeAnythingRuns() {
        CompareOptions options = CliParity.options(HOME.resolve("samples/postings.csv.gz").toString(), tmp.toString(),
                "--roles=" + tmp.resolve("no-such-roles.txt"));
        // As in the CLI: an option error (exit 2), naming the option and the file.
        assertThatThrownBy(() -> ComparePipeline.build(options)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("--roles: no such file " + tmp.resolve("no-such-roles.txt"));
        assertThat(tmp.resolve("compare.json")).doesNotExist();
    }

    /**
     * The CLI's strict-mode cases (BadInputTest), one damaged row each, found by the reader; and
     * a salary that cannot be read, found by the normalizer and counted after the de-dup.
     */
    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"invalid-utf8.csv", "wrong-field-count.csv", "stray-quote.csv", "broken-line.jsonl",
            "unparseable-salary.csv"})
    void strictFailsTheRunAtADamagedRowAsTheCliDoes(String name) throws IOException {
        Path input = name.startsWith("unparseable") ? Files.writeString(tmp.resolve(name),
                "id,title,company,location,salary_min,salary_max,currency,period\n"
                        + "p1,Backend Developer,Acme,\"Austin, TX\",120000,140000,USD,year\n"
                        + "p2,DevOps Engineer,Initech,\"Denver, CO\",lots,more,USD,year\n")
                : HOME.resolve("src/test/resources/bad/" + name);
        Path lenient = tmp.resolve("lenient");
        assertThat(ComparePipeline.build(CliParity.options(input.toString(), lenient.toString())).run().waitUntilFinish())
                .isEqualTo(org.apache.beam.sdk.PipelineResult.State.DONE);

        Path out = tmp.resolve("strict");
        String cliError = CliParity.cliError(java.util.stream.Stream.of("compare", "-q", "--strict", "--a", CliParity.A,
                "--b", CliParity.B, input.toString()));
        assertThat(cliError).startsWith("postings: " + input + ":").contains("(--strict stops at the first damaged row)")
                .endsWith("\n");
        assertThatThrownBy(() -> ComparePipeline.build(CliParity.options(input.toString(), out.toString(), "--strict"))
                .run().waitUntilFinish())
                .isInstanceOf(org.apache.beam.sdk.Pipeline.PipelineExecutionException.class)
                .hasCauseInstanceOf(io.postings.input.InputException.class)
                .cause().hasMessage(cliError.substring("postings: ".length(), cliError.length() - 1));
        assertThat(out).doesNotExist();
    }

    @Test
    void anUnknownRoleFailsBeforeAnythingRuns() {
        CompareOptions options = CliParity.options(HOME.resolve("samples/postings.csv.gz").toString(), tmp.toString(),
                "--a=Bakend Developr");
        assertThatThrownBy(() -> ComparePipeline.build(options))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("unknown role \"Bakend Developr\"; closest: \"Backend Developer\"");
    }

    @Test
    void theSameRoleTwiceIsAnError() {
        CompareOptions options = CliParity.options(HOME.resolve("samples/postings.csv.gz").toString(), tmp.toString(),
                "--a=Backend Engineer", "--b=backend");
        assertThatThrownBy(() -> ComparePipeline.build(options))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("--a and --b name the same role, Backend Developer");
    }

    @Test
    void aFileWithNoRecordsFailsTheRunAndWritesNothing() throws IOException {
        assertRunFailsAndWritesNothing("header-only.csv", "id,title,company\n",
                "header-only.csv: no records after the header row");
    }

    /** The CLI's file pass: a file whose every row is rejected fails the run, as in the CLI, rather than reporting zeros. */
    @Test
    void aFileOfOnlyRejectedRowsFailsTheRunAsInTheCli() throws IOException {
        assertRunFailsAndWritesNothing("bad-rows.csv", "id,title,company\n1,x\n2,y\n",
                "bad-rows.csv: every row was rejected (2 rows; line 2 has 2 fields");
    }

    /** Runs the pipeline over one file of {@code content}: the run fails with {@code message} and writes no output. */
    private void assertRunFailsAndWritesNothing(String name, String content, String message) throws IOException {
        Path input = Files.writeString(tmp.resolve(name), content);
        Path out = tmp.resolve("out");
        CompareOptions options = CliParity.options(input.toString(), out.toString());
        assertThatThrownBy(() -> ComparePipeline.build(options).run().waitUntilFinish())
                .isInstanceOf(org.apache.beam.sdk.Pipeline.PipelineExecutionException.class)
                .hasMessageContaining(message);
        assertThat(out).doesNotExist();
    }

    @Test
    void aPatternThatMatchesNothingIsAnError() {
        CompareOptions options = CliParity.options(tmp.resolve("nothing-*.csv").toString(), tmp.toString());
        assertThatThrownBy(() -> ComparePipeline.build(options))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("nothing-*.csv");
    }

    private void assertSameAsCli(List<Path> inputs, String input, String... extra) throws IOException {
        CliParity.assertSameAsCli(inputs, input, tmp.resolve("out"), extra);
    }

    /** The sample's header and first {@code n - 1} rows. */
    private static List<String> sampleLines(int n) throws IOException {
        try (var in = new BufferedReader(new java.io.InputStreamReader(new java.util.zip.GZIPInputStream(
                Files.newInputStream(HOME.resolve("samples/postings.csv.gz"))), StandardCharsets.UTF_8))) {
            return in.lines().limit(n).toList();
        }
    }

    private static Path write(Path file, List<String> lines) throws IOException {
        return Files.write(file, lines, StandardCharsets.UTF_8);
    }
}
