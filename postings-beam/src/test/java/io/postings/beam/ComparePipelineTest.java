package io.postings.beam;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.postings.cli.Main;
import io.postings.generate.PostingGenerator;
import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.GZIPOutputStream;
import org.apache.beam.sdk.PipelineResult;
import org.apache.beam.sdk.options.PipelineOptionsFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * The pipeline on Beam's DirectRunner against the CLI on the same files: compare.json must
 * equal {@code postings compare -f json} and profiles.json {@code postings profiles -f json},
 * byte for byte.
 */
class ComparePipelineTest {
    private static final Path HOME = Path.of(System.getProperty("postings.home", "..")).toAbsolutePath().normalize();
    private static final String A = "Backend Developer";
    private static final String B = "DevOps Engineer";

    @TempDir
    Path tmp;

    @Test
    void theSampleGivesTheClisBytes() throws IOException {
        // The DirectRunner's checks stay on here: every coder round-trips and nothing is changed after output.
        Path sample = HOME.resolve("samples/postings.csv.gz");
        assertSameAsCli(List.of(sample), sample.toString(), "--dedupShards=3");
    }

    @Test
    void aMillionRowsInManyFilesGiveTheClisBytes() throws IOException {
        // Duplicates of the generated dump land in other files than their first read, half the files gzipped.
        Path dir = Files.createDirectories(tmp.resolve("parts"));
        List<Path> parts = split(generated(1_000_000), dir, 16);
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
        assertSameAsCli(inputs, glob, "--dedupShards=2", "--a=Sr. Backend Engineer", "--b=DevOps");
    }

    @Test
    void anUnknownRoleFailsBeforeAnythingRuns() {
        CompareOptions options = options(HOME.resolve("samples/postings.csv.gz").toString(), tmp.toString(),
                "--a=Bakend Developr");
        assertThatThrownBy(() -> ComparePipeline.build(options))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("unknown role \"Bakend Developr\"; closest: \"Backend Developer\"");
    }

    @Test
    void theSameRoleTwiceIsAnError() {
        CompareOptions options = options(HOME.resolve("samples/postings.csv.gz").toString(), tmp.toString(),
                "--a=Backend Engineer", "--b=backend");
        assertThatThrownBy(() -> ComparePipeline.build(options))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("--a and --b name the same role, Backend Developer");
    }

    @Test
    void aFileWithNoRecordsFailsTheRunAndWritesNothing() throws IOException {
        Path empty = Files.writeString(tmp.resolve("header-only.csv"), "id,title,company\n");
        Path out = tmp.resolve("out");
        CompareOptions options = options(empty.toString(), out.toString());
        assertThatThrownBy(() -> ComparePipeline.build(options).run().waitUntilFinish())
                .isInstanceOf(org.apache.beam.sdk.Pipeline.PipelineExecutionException.class)
                .hasMessageContaining("header-only.csv: no records after the header row");
        assertThat(out).doesNotExist();
    }

    @Test
    void aPatternThatMatchesNothingIsAnError() {
        CompareOptions options = options(tmp.resolve("nothing-*.csv").toString(), tmp.toString());
        assertThatThrownBy(() -> ComparePipeline.build(options))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("nothing-*.csv");
    }

    private void assertSameAsCli(List<Path> inputs, String input, String... extra) throws IOException {
        Path out = tmp.resolve("out");
        PipelineResult.State state = ComparePipeline.build(options(input, out.toString(), extra)).run().waitUntilFinish();
        assertThat(state).isEqualTo(PipelineResult.State.DONE);

        List<String> files = inputs.stream().map(Path::toString).toList();
        String a = option(extra, "--a=", A);
        String b = option(extra, "--b=", B);
        assertThat(Files.readString(out.resolve("compare.json")))
                .isEqualTo(cli(Stream.concat(Stream.of("compare", "-q", "-f", "json", "--a", a, "--b", b), files.stream())));
        assertThat(Files.readString(out.resolve("profiles.json")))
                .isEqualTo(cli(Stream.concat(Stream.of("profiles", "-q", "-f", "json"), files.stream())));
    }

    private static CompareOptions options(String input, String output, String... extra) {
        List<String> args = new ArrayList<>(List.of("--input=" + input, "--output=" + output));
        args.addAll(List.of(extra));
        if (args.stream().noneMatch(a -> a.startsWith("--a="))) {
            args.add("--a=" + A);
        }
        if (args.stream().noneMatch(a -> a.startsWith("--b="))) {
            args.add("--b=" + B);
        }
        return PipelineOptionsFactory.fromArgs(args.toArray(String[]::new)).withValidation().as(CompareOptions.class);
    }

    private static String option(String[] args, String prefix, String otherwise) {
        return Stream.of(args).filter(a -> a.startsWith(prefix)).map(a -> a.substring(prefix.length())).findFirst()
                .orElse(otherwise);
    }

    private static String cli(Stream<String> args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine cli = Main.commandLine();
        cli.setOut(new PrintWriter(out));
        cli.setErr(new PrintWriter(err));
        int code = cli.execute(args.toArray(String[]::new));
        cli.getOut().flush();
        assertThat(code).as(err.toString()).isZero();
        return out.toString();
    }

    private Path generated(long rows) throws IOException {
        Path file = tmp.resolve("generated.csv");
        try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            new PostingGenerator(2026).write(rows, PostingGenerator.OutputFormat.CSV, out);
        }
        return file;
    }

    /** The dump in {@code n} files of consecutive rows, each with the header; every other one gzipped. */
    private static List<Path> split(Path dump, Path dir, int n) throws IOException {
        long lines;
        try (Stream<String> all = Files.lines(dump)) {
            lines = all.count() - 1;
        }
        List<Path> parts = new ArrayList<>();
        try (BufferedReader in = Files.newBufferedReader(dump, StandardCharsets.UTF_8)) {
            String header = in.readLine();
            for (int i = 0; i < n; i++) {
                Path part = dir.resolve(String.format("part-%02d.csv%s", i, i % 2 == 1 ? ".gz" : ""));
                long rows = lines / n + (i < lines % n ? 1 : 0);
                var bytes = Files.newOutputStream(part);
                try (Writer out = new BufferedWriter(new OutputStreamWriter(i % 2 == 1 ? new GZIPOutputStream(bytes) : bytes,
                        StandardCharsets.UTF_8))) {
                    out.write(header);
                    out.write('\n');
                    for (long r = 0; r < rows; r++) {
                        out.write(in.readLine());
                        out.write('\n');
                    }
                }
                parts.add(part);
            }
        }
        return parts;
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
