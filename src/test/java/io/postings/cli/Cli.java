package io.postings.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.postings.Golden;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import picocli.CommandLine;

/** Runs the CLI in-process through picocli, capturing standard output and error. */
final class Cli {
    private Cli() {
    }

    record Result(int code, String out, String err) {
    }

    /** As the launcher runs it: only the command the arguments name is built (see {@link #runWithAll}). */
    static Result run(String... args) {
        return run(Main.commandLine(args), args);
    }

    /** With every command built, as for help and completion. */
    static Result runWithAll(String... args) {
        return run(Main.commandLine(), args);
    }

    private static Result run(CommandLine cli, String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        cli.setOut(new PrintWriter(out));
        cli.setErr(new PrintWriter(err));
        int code = cli.execute(args);
        cli.getOut().flush();
        cli.getErr().flush();
        return new Result(code, out.toString(), err.toString());
    }

    /** Runs a command that must fail as a usage error ({@link ExitCodes#USAGE}), and returns its standard error. */
    static String usageError(String... args) {
        Result r = run(args);
        assertThat(r.code()).as(r.err()).isEqualTo(ExitCodes.USAGE);
        return r.err();
    }

    /** Runs a command that must succeed silently on standard error, and reads its JSON output. */
    /**
     * The entry of a report's {@code pairs} for roles {@code a} and {@code b}: as (a, b) only, or also as (b, a)
     * when {@code eitherOrder}; an AssertionError when there is none.
     */
    static JsonNode pair(JsonNode report, String a, String b, boolean eitherOrder) {
        for (JsonNode p : report.get("pairs")) {
            String pa = p.get("a").asText();
            String pb = p.get("b").asText();
            if ((pa.equals(a) && pb.equals(b)) || (eitherOrder && pa.equals(b) && pb.equals(a))) {
                return p;
            }
        }
        throw new AssertionError("no pair " + a + ", " + b);
    }

    static JsonNode json(String... args) throws IOException {
        Result r = run(args);
        assertThat(r.err()).isEmpty();
        assertThat(r.code()).isZero();
        return JSON.readTree(r.out());
    }

    /**
     * Runs the command in each of {@code formats} ({@code --format} appended: table, markdown,
     * json), each must succeed silently on standard error, and compares the output with the golden
     * file {@code NAME.txt}, {@code NAME.md} or {@code NAME.json}.
     */
    static void assertGolden(String name, List<String> formats, String... args) throws IOException {
        for (String format : formats) {
            String[] withFormat = Arrays.copyOf(args, args.length + 2);
            withFormat[args.length] = "--format";
            withFormat[args.length + 1] = format;
            Result r = run(withFormat);
            assertThat(r.err()).as(format).isEmpty();
            assertThat(r.code()).as(format).isZero();
            Golden.assertMatches(name + "." + EXTENSIONS.get(format), r.out());
        }
    }

    /** Table and Markdown: the text formats every reading command writes. */
    static final List<String> TEXT = List.of("table", "markdown");
    private static final Map<String, String> EXTENSIONS = Map.of("table", "txt", "markdown", "md", "json", "json");
    private static final ObjectMapper JSON = new ObjectMapper();

    /** A fixture's path relative to the project (tests run there), so golden files carry no machine paths. */
    static String resource(String name) {
        String path = "src/test/resources/cli/" + name;
        if (!Files.isRegularFile(Path.of(path))) {
            throw new IllegalStateException("missing fixture " + path);
        }
        return path;
    }
}
