package io.postings.cli;

import static io.postings.cli.Cli.run;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.OutputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.GZIPOutputStream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every file the tool writes (compare and roles --out, generate --out, --rejects) appears
 * whole or not at all: written beside the target and renamed into place when the command
 * has succeeded; on any failure, before or in the middle of the work, the old file stays as
 * it was and no temporary file is left.
 */
class OutputFilesTest {
    private static final String WRONG_FIELDS = "src/test/resources/bad/wrong-field-count.csv";

    @TempDir
    Path dir;

    private List<String> files() throws IOException {
        try (Stream<Path> list = Files.list(dir)) {
            return list.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    @Test
    void reportAndRejectsAreReplacedTogetherWhenTheRunSucceeds() throws IOException {
        Path report = Files.writeString(dir.resolve("report.json"), "old");
        Path rejects = Files.writeString(dir.resolve("rejects.csv"), "old");

        Cli.Result r = run("compare", "--a", "Backend Developer", "--b", "DevOps Engineer", "-f", "json",
                "-o", report.toString(), "--rejects", rejects.toString(), WRONG_FIELDS);

        assertThat(r.code()).isZero();
        assertThat(r.out()).isEmpty();
        assertThat(new ObjectMapper().readTree(report.toFile()).get("input").get("rejected").asLong()).isEqualTo(2);
        assertThat(Files.readString(rejects)).isEqualTo("""
                file,line,reason,raw
                src/test/resources/bad/wrong-field-count.csv,3,wrong_field_count,"p2,DevOps Engineer,Initech"
                src/test/resources/bad/wrong-field-count.csv,5,wrong_field_count,"""
                + "\"\"\"=cmd|\"\"\"\" /C calc\"\"\"\"!A0\"\",-2+3,@SUM(1)\"\n");
        assertThat(files()).containsExactly("rejects.csv", "report.json");
    }

    @Test
    void rejectsHoldEveryRejectedRowRawAndNeutralizeFormulas() throws IOException {
        Path input = Files.writeString(dir.resolve("dump.csv"), """
                id,title,company
                1,Backend Developer,Acme
                =1+1,evil
                +1,-2
                @SUM(A1),x,y,z
                -,a
                'quoted,b
                2,"DevOps Engineer
                on two lines",Globex,extra
                """);
        Path rejects = dir.resolve("rejects.csv");

        Cli.Result r = run("roles", "--rejects", rejects.toString(), input.toString());

        assertThat(r.code()).isZero();
        List<CSVRecord> rows = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get()
                .parse(new StringReader(Files.readString(rejects))).getRecords();
        assertThat(rows).extracting(row -> row.get("line")).containsExactly("3", "4", "5", "6", "7", "8");
        assertThat(rows).extracting(row -> row.get("reason")).containsOnly("wrong_field_count");
        assertThat(rows).extracting(row -> row.get("raw")).containsExactly(
                "'=1+1,evil", "'+1,-2", "'@SUM(A1),x,y,z", "'-,a", "''quoted,b",
                "2,\"DevOps Engineer\non two lines\",Globex,extra");
        for (CSVRecord row : rows) {
            String raw = row.get("raw");
            String original = raw.startsWith("'") ? raw.substring(1) : raw;
            assertThat(Files.readString(input)).as("raw text recoverable").contains(original);
        }
    }

    @Test
    void aRejectedRowIsWrittenBackAsCsvQuotedWhereNeeded() throws IOException {
        Path input = Files.writeString(dir.resolve("dump.csv"), "id,title\n=HYPERLINK(\"http://x\"),evil,x\n1,ok\n");
        Path rejects = dir.resolve("rejects.csv");

        assertThat(run("roles", "--rejects", rejects.toString(), input.toString()).code()).isZero();

        CSVRecord row = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get()
                .parse(new StringReader(Files.readString(rejects))).getRecords().get(0);
        // Quoted because of its quotes, so it starts with a quote, which no spreadsheet runs.
        assertThat(row.get("raw")).isEqualTo("\"=HYPERLINK(\"\"http://x\"\")\",evil,x");
    }

    @Test
    void aFailureAfterRejectsWereWrittenLeavesTheOldFiles() throws IOException {
        Path report = Files.writeString(dir.resolve("report.md"), "old report");
        Path rejects = Files.writeString(dir.resolve("rejects.csv"), "old rejects");
        // Hundreds of rejected rows go to the rejects file before the stream breaks off.
        Path input = dir.resolve("dump.csv.gz");
        byte[] whole;
        try (var bytes = new java.io.ByteArrayOutputStream(); GZIPOutputStream gz = new GZIPOutputStream(bytes)) {
            gz.write("id,title\n".getBytes(StandardCharsets.UTF_8));
            for (int i = 0; i < 20_000; i++) {
                gz.write(("r" + i + ",Backend Developer,extra field\n").getBytes(StandardCharsets.UTF_8));
            }
            gz.finish();
            whole = bytes.toByteArray();
        }
        Files.write(input, java.util.Arrays.copyOf(whole, whole.length - 100));

        Cli.Result r = run("compare", "--a", "Backend Developer", "--b", "DevOps Engineer", "-f", "markdown",
                "-o", report.toString(), "--rejects", rejects.toString(), input.toString());

        assertThat(r.code()).isEqualTo(ExitCodes.INPUT);
        assertThat(r.err()).isEqualTo("postings: " + input + ": truncated gzip stream (the file ends mid-stream:"
                + " an interrupted download?)\n");
        assertThat(Files.readString(report)).isEqualTo("old report");
        assertThat(Files.readString(rejects)).isEqualTo("old rejects");
        assertThat(files()).containsExactly("dump.csv.gz", "rejects.csv", "report.md");
    }

    @Test
    void aReportThatCannotBeWrittenLeavesTheRejectsUntouchedToo() throws IOException {
        Path rejects = Files.writeString(dir.resolve("rejects.csv"), "old rejects");
        Path report = dir.resolve("no-such-dir").resolve("report.txt");

        Cli.Result r = run("roles", "-o", report.toString(), "--rejects", rejects.toString(), WRONG_FIELDS);

        assertThat(r.code()).isEqualTo(ExitCodes.OUTPUT);
        assertThat(r.err()).isEqualTo("postings: " + report + ": cannot write (no such directory)\n");
        assertThat(Files.readString(rejects)).isEqualTo("old rejects");
        assertThat(files()).containsExactly("rejects.csv");
    }

    @Test
    void aRejectsFileThatCannotBeWrittenFailsBeforeReading() {
        Path rejects = dir.resolve("missing").resolve("rejects.csv");

        Cli.Result r = run("roles", "--rejects", rejects.toString(), WRONG_FIELDS);

        assertThat(r.code()).isEqualTo(ExitCodes.OUTPUT);
        assertThat(r.err()).isEqualTo("postings: " + rejects + ": cannot write (no such directory)\n");
        assertThat(r.out()).isEmpty();
    }

    @Test
    void anOutputThatIsADirectoryIsAnOutputError() {
        Cli.Result r = run("roles", "-o", dir.toString(), WRONG_FIELDS);

        assertThat(r.code()).isEqualTo(ExitCodes.OUTPUT);
        assertThat(r.err()).isEqualTo("postings: " + dir + ": cannot write (is a directory)\n");
    }

    @Test
    void anOutputUnderAFileIsAnOutputError() throws IOException {
        Path file = Files.writeString(dir.resolve("plain"), "x");

        Cli.Result r = run("roles", "-o", file.resolve("report.txt").toString(), WRONG_FIELDS);

        assertThat(r.code()).isEqualTo(ExitCodes.OUTPUT);
        assertThat(r.err()).isEqualTo("postings: " + file.resolve("report.txt") + ": cannot write (Not a directory)\n");
    }

    @Test
    void generateReplacesItsOutputWholeAndFailsCleanly() throws IOException {
        Path out = Files.writeString(dir.resolve("dump.csv.gz"), "old");

        assertThat(run("generate", "--rows", "500", "--out", out.toString()).code()).isZero();
        assertThat(Files.size(out)).isGreaterThan(1000);
        assertThat(files()).containsExactly("dump.csv.gz");

        Path missing = dir.resolve("nope").resolve("dump.jsonl");
        Cli.Result r = run("generate", "--rows", "500", "--format", "jsonl", "--out", missing.toString());
        assertThat(r.code()).isEqualTo(ExitCodes.OUTPUT);
        assertThat(r.err()).isEqualTo("postings: " + missing + ": cannot write (no such directory)\n");
        assertThat(files()).containsExactly("dump.csv.gz");
    }

    @Test
    void aFailureInTheMiddleOfWritingLeavesTheOldFileAndNoTemporary() throws IOException {
        Path out = Files.writeString(dir.resolve("dump.csv"), "old");

        assertThatThrownBy(() -> AtomicFile.writeBytes(out, stream -> {
            stream.write(new byte[1 << 20]);
            throw new IOException("No space left on device");
        })).isInstanceOf(OutputException.class).hasMessage(out + ": cannot write (no space left on device: the disk is full)");
        assertThatThrownBy(() -> AtomicFile.write(out, w -> {
            w.write("half");
            throw new IllegalStateException("a bug");
        })).isInstanceOf(IllegalStateException.class);

        assertThat(Files.readString(out)).isEqualTo("old");
        assertThat(files()).containsExactly("dump.csv");
    }

    @Test
    void aNewFileGetsTheUsualModeAndAReplacedOneKeepsItsOwn() throws IOException {
        Path usual = Files.createFile(dir.resolve("usual"));
        Path fresh = dir.resolve("fresh.txt");
        Path kept = Files.writeString(dir.resolve("kept.txt"), "old");
        Files.setPosixFilePermissions(kept, PosixFilePermissions.fromString("rw-r-----"));

        AtomicFile.write(fresh, w -> w.write("new"));
        AtomicFile.write(kept, w -> w.write("new"));

        assertThat(Files.getPosixFilePermissions(fresh)).as("not the 0600 of a temp file")
                .isEqualTo(Files.getPosixFilePermissions(usual));
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(kept))).isEqualTo("rw-r-----");
        assertThat(Files.readString(kept)).isEqualTo("new");
    }
}
