package io.postings.cli;

import static io.postings.cli.Cli.run;
import static org.assertj.core.api.Assertions.assertThat;

import io.postings.input.Limits;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Stream;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The corpus of broken inputs under {@code src/test/resources/bad/} (and a few made on the fly
 * where they would be large): each fails with one line naming the file, the line where it
 * can tell, and what is wrong, with its exit code, no stack trace, nothing on standard
 * output, and the report and rejects files it was asked to write left exactly as they were.
 */
class BadInputTest {
    private static final String BAD = "src/test/resources/bad/";
    private static final String OLD_REPORT = "old report\n";
    private static final String OLD_REJECTS = "old rejects\n";

    @TempDir
    Path dir;

    private Path inputs;
    private Path report;
    private Path rejects;

    @BeforeEach
    void oldOutputs() throws IOException {
        inputs = Files.createDirectory(dir.resolve("inputs"));
        report = Files.writeString(dir.resolve("report.json"), OLD_REPORT);
        rejects = Files.writeString(dir.resolve("rejects.csv"), OLD_REJECTS);
    }

    /** A corpus case: the input (a path, or made in the inputs directory), the exit code and the whole message. */
    private record Case(String name, Function<Path, String> input, int code, Function<String, String> message) {
        @Override
        public String toString() {
            return name;
        }
    }

    private static Case bad(String file, int code, String message) {
        return new Case(file, inputs -> BAD + file, code, path -> path + message);
    }

    private static Case made(String name, Function<Path, String> input, int code, String message) {
        return new Case(name, input, code, path -> path + message);
    }

    static Stream<Arguments> failures() {
        List<Case> cases = new ArrayList<>(List.of(
                new Case("missing file", inputs -> BAD + "no-such-file.csv", ExitCodes.INPUT, path -> path + ": no such file"),
                made("directory given as a file", inputs -> mkdir(inputs.resolve("dump.csv")), ExitCodes.INPUT,
                        ": is a directory, not a file"),
                // A file that cannot be opened, whoever runs the tests (permissions do not stop root).
                made("a path through a file", inputs -> write(inputs.resolve("dump.csv")) + "/jobs.csv", ExitCodes.INPUT,
                        ": cannot open (Not a directory)"),
                bad("empty.csv", ExitCodes.INPUT, ": empty input, no header row"),
                bad("header-only.csv", ExitCodes.INPUT, ": no records after the header row"),
                bad("empty-array.json", ExitCodes.INPUT, ": no records (an empty JSON array)"),
                bad("truncated.csv.gz", ExitCodes.INPUT,
                        ": truncated gzip stream (the file ends mid-stream: an interrupted download?)"),
                bad("corrupt.csv.gz", ExitCodes.INPUT, ": corrupt gzip stream (invalid bit length repeat)"),
                bad("image.csv", ExitCodes.INPUT, ": not a CSV or JSON dump: a PNG image"),
                bad("workbook.csv", ExitCodes.INPUT,
                        ": not a CSV or JSON dump: a ZIP archive (an .xlsx workbook?); unzip it or export it as CSV first"),
                bad("nul-bytes.csv", ExitCodes.INPUT, ": not a CSV or JSON dump: binary data (a NUL byte at offset 166)"),
                bad("page.csv", ExitCodes.INPUT,
                        ": not a CSV or JSON dump: an HTML page (a failed download or a login page?)"),
                bad("utf16.csv", ExitCodes.INPUT, ": not a CSV or JSON dump: UTF-16 text; convert it to UTF-8 first"),
                bad("unterminated-quote.csv", ExitCodes.INPUT, ":4: unterminated quote: a quoted field in the record"
                        + " starting on this line is still open at the end of the input"),
                made("a quote that swallows a gzip stream of 17 MB", inputs -> gzipped(inputs.resolve("bomb.csv.gz"),
                        "id,title\n1,Backend Developer\n2,\"", 'a', Limits.MAX_RECORD_CHARS + (1 << 20)), ExitCodes.INPUT,
                        ":3: unterminated quote? The record starting on this line runs over 16777216 bytes"),
                made("a CSV row of 17 MB without a line break", inputs -> gzipped(inputs.resolve("long-row.csv.gz"),
                        "id,title\n1,Backend Developer\n", 'x', Limits.MAX_RECORD_CHARS + (1 << 20)), ExitCodes.INPUT,
                        ":3: unterminated quote? The record starting on this line runs over 16777216 bytes"),
                bad("deep.json", ExitCodes.INPUT,
                        ":1: JSON over the reader's limits: nested deeper than 64 levels; the input cannot be read past it"),
                made("a JSON string of 17 MB", inputs -> gzipped(inputs.resolve("huge.json.gz"),
                        "[{\"id\": \"1\", \"title\": \"Backend Developer\"},\n{\"description\": \"", 'x',
                        Limits.MAX_RECORD_CHARS + (1 << 20)), ExitCodes.INPUT,
                        ":2: JSON over the reader's limits: a string longer than 16777216 characters;"
                                + " the input cannot be read past it"),
                bad("long-number.json", ExitCodes.INPUT,
                        ":2: JSON over the reader's limits: a number longer than 100 digits; the input cannot be read past it"),
                bad("string.json", ExitCodes.INPUT, ":1: not JSON records: the document starts with a string,"
                        + " not an array of objects or one object per line"),
                bad("number.json", ExitCodes.INPUT, ":1: not JSON records: the document starts with a number,"
                        + " not an array of objects or one object per line"),
                bad("truncated.json", ExitCodes.INPUT,
                        ":2: broken JSON (Unexpected end-of-input: was expecting closing quote for a string value)")));
        return cases.stream().map(c -> Arguments.of(c));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("failures")
    void failsWithOneLineAndLeavesTheOutputsAsTheyWere(Case c) throws IOException {
        String input = c.input().apply(inputs);

        Cli.Result r = compare(input);

        assertThat(r.code()).isEqualTo(c.code());
        assertThat(r.err()).isEqualTo("postings: " + c.message().apply(input) + "\n");
        assertThat(r.out()).isEmpty();
        assertOutputsUntouched();
    }

    static Stream<Arguments> strictFailures() {
        return Stream.of(
                Arguments.of("invalid-utf8.csv", ":3: invalid_utf8 (--strict stops at the first damaged row): Caf\uFFFD Corp"),
                Arguments.of("wrong-field-count.csv", ":3: rejected_wrong_field_count (--strict stops at the first damaged"
                        + " row): p2,DevOps Engineer,Initech"),
                // a stray quote in a record of one line: the record is rejected, the next line read
                Arguments.of("stray-quote.csv", ":3: rejected_broken_quoting (--strict stops at the first damaged row):"
                        + " p2,\"DevOps\" Engineer,Initech,\"Seattle, WA\",120000,140000,USD,year,AWS"),
                Arguments.of("broken-line.jsonl", ":2: rejected_malformed_json (--strict stops at the first damaged row):"
                        + " {\"id\": \"p2\", \"title\": \"DevOps Engineer\", \"location\": "));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("strictFailures")
    void strictStopsAtTheFirstDamagedRow(String file, String message) throws IOException {
        Cli.Result lenient = compare(BAD + file);
        assertThat(lenient.code()).as("without --strict the run goes on").isZero();
        Files.writeString(report, OLD_REPORT);
        Files.writeString(rejects, OLD_REJECTS);

        Cli.Result r = compare(BAD + file, "--strict");

        assertThat(r.code()).isEqualTo(ExitCodes.INPUT);
        assertThat(r.err()).isEqualTo("postings: " + BAD + file + message + "\n");
        assertOutputsUntouched();
    }

    @Test
    void oversizedRowsAreRejectedCountedAndKeptRawWhileTheRestIsRead() throws IOException {
        String big = "x".repeat(Limits.MAX_FIELD_CHARS + 10);
        Path csv = Files.writeString(inputs.resolve("big.csv"), "id,title,description\n1,Backend Developer,short\n"
                + "2,Backend Developer," + big + "\n3,DevOps Engineer,short\n");
        Path jsonl = Files.writeString(inputs.resolve("big.jsonl"), "{\"id\": \"4\", \"title\": \"DevOps Engineer\"}\n"
                + "{\"id\": \"5\", \"description\": \"" + "y".repeat(Limits.MAX_RECORD_CHARS) + "\"}\n"
                + "{\"id\": \"6\", \"title\": \"Backend Developer\"}\n");

        Cli.Result r = run("compare", "--a", "Backend Developer", "--b", "DevOps Engineer", "-f", "json",
                "--out", report.toString(), "--rejects", rejects.toString(), csv.toString(), jsonl.toString());

        assertThat(r.code()).isZero();
        assertThat(r.err()).isEmpty();
        var input = new com.fasterxml.jackson.databind.ObjectMapper().readTree(report.toFile()).get("input");
        assertThat(input.get("rows_read").asLong()).isEqualTo(6);
        assertThat(input.get("postings").asLong()).isEqualTo(4);
        assertThat(input.get("rejected").asLong()).isEqualTo(2);
        List<String> lines = Files.readAllLines(rejects);
        assertThat(lines).hasSize(3);
        assertThat(lines.get(1)).isEqualTo(csv + ",3,field_too_large,\"2,Backend Developer," + big + "\"");
        assertThat(lines.get(2)).startsWith(jsonl + ",2,record_too_large,\"{\"\"id\"\": \"\"5\"\"").endsWith("y…\"")
                .hasSizeLessThan(Limits.RAW_CUT + 200);
    }

    @Test
    void anUnknownRoleIsAUsageErrorBeforeThePassAndLeavesTheOutputs() throws IOException {
        String role = "Barista Supreme";
        Cli.Result r = run("compare", "--a", role, "--b", "DevOps Engineer", "-f", "json", "--out", report.toString(),
                "--rejects", rejects.toString(), BAD + "wrong-field-count.csv");

        assertThat(r.code()).isEqualTo(ExitCodes.USAGE);
        assertThat(r.err()).startsWith("postings: unknown role \"" + role + "\"; closest: ").hasLineCount(1);
        assertOutputsUntouched();
    }

    private Cli.Result compare(String input, String... extra) {
        List<String> args = new ArrayList<>(List.of("compare", "--a", "Backend Developer", "--b", "DevOps Engineer",
                "--format", "json", "--out", report.toString(), "--rejects", rejects.toString(), input));
        args.addAll(List.of(extra));
        return run(args.toArray(String[]::new));
    }

    private void assertOutputsUntouched() throws IOException {
        assertThat(Files.readString(report)).isEqualTo(OLD_REPORT);
        assertThat(Files.readString(rejects)).isEqualTo(OLD_REJECTS);
        try (Stream<Path> files = Files.list(dir)) {
            assertThat(files.map(p -> p.getFileName().toString()))
                    .as("no temporary file left behind").containsExactlyInAnyOrder("inputs", "report.json", "rejects.csv");
        }
    }

    private static String write(Path path) {
        try {
            return Files.writeString(path, "id,title\n1,Backend Developer\n").toString();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static String mkdir(Path path) {
        try {
            return Files.createDirectory(path).toString();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** {@code head} then {@code n} times {@code fill}, gzipped: megabytes of text in a few kilobytes of file. */
    static String gzipped(Path file, String head, char fill, int n) {
        try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(file), 1 << 16)) {
            out.write(head.getBytes(StandardCharsets.UTF_8));
            byte[] block = new byte[1 << 16];
            java.util.Arrays.fill(block, (byte) fill);
            for (int left = n; left > 0; left -= block.length) {
                out.write(block, 0, Math.min(left, block.length));
            }
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return file.toString();
    }
}
