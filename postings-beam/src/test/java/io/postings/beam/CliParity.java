package io.postings.beam;

import static org.assertj.core.api.Assertions.assertThat;

import io.postings.cli.ExitCodes;
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
import picocli.CommandLine;

/** The pipeline's run on some files against the CLI's output for the same files, and the inputs the tests make. */
final class CliParity {
    /** The repository root: the nearest directory up from where Maven runs the tests that holds the sample. */
    static final Path HOME = root();

    private static Path root() {
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            if (Files.exists(dir.resolve("samples/postings.csv.gz"))) {
                return dir;
            }
        }
        throw new IllegalStateException("no samples/postings.csv.gz above " + Path.of("").toAbsolutePath());
    }
    static final String A = "Backend Developer";
    static final String B = "DevOps Engineer";

    private CliParity() {
    }

    /**
     * Runs the pipeline on {@code input} (a glob or list naming {@code inputs}) into {@code out}, asserts
     * compare.json and profiles.json equal the CLI's on {@code inputs}, and returns the finished run.
     */
    static PipelineResult assertSameAsCli(List<Path> inputs, String input, Path out, String... extra) throws IOException {
        PipelineResult result = ComparePipeline.build(options(input, out.toString(), extra)).run();
        assertThat(result.waitUntilFinish()).isEqualTo(PipelineResult.State.DONE);

        List<String> files = inputs.stream().map(Path::toString).toList();
        String a = option(extra, "--a=", A);
        String b = option(extra, "--b=", B);
        assertThat(Files.readString(out.resolve("compare.json")))
                .isEqualTo(cli(Stream.concat(Stream.of("compare", "-q", "-f", "json", "--a", a, "--b", b), files.stream())));
        assertThat(Files.readString(out.resolve("profiles.json")))
                .isEqualTo(cli(Stream.concat(Stream.of("profiles", "-q", "-f", "json"), files.stream())));
        return result;
    }

    static CompareOptions options(String input, String output, String... extra) {
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

    /** The CLI's standard output for these arguments, run in this JVM; it must exit 0. */
    static String cli(Stream<String> args) {
        Run run = run(args);
        assertThat(run.code()).as(run.err()).isZero();
        return run.out();
    }

    /** The CLI's standard error for these arguments, run in this JVM; it must fail with an input error. */
    static String cliError(Stream<String> args) {
        Run run = run(args);
        assertThat(run.code()).as(run.err()).isEqualTo(ExitCodes.INPUT);
        assertThat(run.out()).isEmpty();
        return run.err();
    }

    private record Run(int code, String out, String err) {
    }

    private static Run run(Stream<String> args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine cli = Main.commandLine();
        cli.setOut(new PrintWriter(out));
        cli.setErr(new PrintWriter(err));
        int code = cli.execute(args.toArray(String[]::new));
        cli.getOut().flush();
        cli.getErr().flush();
        return new Run(code, out.toString(), err.toString());
    }

    /** A dump of {@code rows} rows from the project's generator (seed 2026), as CSV. */
    static Path generated(Path file, long rows) throws IOException {
        try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            new PostingGenerator(2026).write(rows, PostingGenerator.OutputFormat.CSV, out);
        }
        return file;
    }

    /** The dump in {@code n} files of consecutive rows, each with the header; every other one gzipped. */
    static List<Path> split(Path dump, Path dir, int n) throws IOException {
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
}
