package io.postings.cli;

import static io.postings.cli.Cli.run;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.postings.input.Limits;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * No silent zero and no silent partial result: a file read the wrong way (every row
 * rejected), a wrapper object, a --map to a column nobody has, a damaged later gzip member, a
 * NUL byte under --strict and negative pay each either read right or stop with one line
 * naming the file and the likely reason; and hostile shapes (a row of 400,000 cells, a header
 * of more cells than any dump has, pipes) are read in bounded work.
 */
class InputRobustnessTest {
    private static final String HEADER = "id,title,company,location,salary_min,salary_max,salary_currency,salary_period,skills";
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;

    private static String rows(int n) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < n; i++) {
            String role = i % 2 == 0 ? "Backend Developer" : "DevOps Engineer";
            out.append(i).append(',').append(role).append(",Acme,\"Austin, TX\",").append(100000 + i * 1000).append(',')
                    .append(120000 + i * 1000).append(",USD,year,Java\n");
        }
        return out.toString();
    }

    private Path file(String name, String content) throws IOException {
        return Files.writeString(dir.resolve(name), content);
    }

    private static Cli.Result compare(String... args) {
        List<String> all = new ArrayList<>(List.of("compare", "--a", "Backend Developer", "--b", "DevOps Engineer"));
        all.addAll(List.of(args));
        return run(all.toArray(String[]::new));
    }

    private static JsonNode input(Cli.Result r) throws IOException {
        assertThat(r.code()).as(r.err()).isZero();
        return JSON.readTree(r.out()).get("input");
    }

    @Test
    void aTrailingDelimiterOnEveryRowIsAnInputErrorSayingSo() throws IOException {
        Path csv = file("trailing.csv", HEADER + "\n" + rows(4).replace("\n", ",\n"));

        Cli.Result r = compare(csv.toString());

        assertThat(r.code()).isEqualTo(ExitCodes.INPUT);
        assertThat(r.err()).isEqualTo("postings: " + csv + ": every row was rejected (4 rows; line 2 has 10 fields, the"
                + " header 9: a trailing delimiter?), so the file gave no postings\n");
    }

    @Test
    void aHeaderWithMixedDelimitersIsNamedAsTheLikelyCause() throws IOException {
        Path csv = file("mixed.csv", "id,title;company\n1;Backend Developer;Acme\n2,DevOps Engineer,Initech,x\n");

        Cli.Result r = compare(csv.toString());

        assertThat(r.code()).isEqualTo(ExitCodes.INPUT);
        assertThat(r.err()).contains(csv + ": every row was rejected (2 rows; line 2 has 1 field, the header 2:"
                + " the header mixes delimiters (',' was taken)?)");
    }

    @Test
    void aWrapperObjectIsReadAsItsRecordsNeverAsOnePosting() throws IOException {
        StringBuilder records = new StringBuilder();
        for (int i = 0; i < 120; i++) {
            records.append(i == 0 ? "" : ",").append("{\"id\":\"").append(i).append("\",\"title\":\"")
                    .append(i % 2 == 0 ? "Backend Developer" : "DevOps Engineer").append("\"}");
        }
        Path data = file("data.json", "{\"data\":[" + records + "],\"count\":120}");
        Path odd = file("odd.json", "{\"payload\":[" + records + "],\"count\":120}");

        JsonNode in = input(compare("-f", "json", data.toString()));
        Cli.Result unknown = compare(odd.toString());

        assertThat(in.get("rows_read").asLong()).isEqualTo(120);
        assertThat(in.get("postings").asLong()).isEqualTo(120);
        assertThat(unknown.code()).isEqualTo(ExitCodes.INPUT);
        assertThat(unknown.err()).startsWith("postings: " + odd + ": one JSON object whose field \"payload\" holds an array"
                + " of objects").hasLineCount(1);
    }

    @Test
    void aMappedColumnThatNoInputHasIsAUsageErrorNamingTheColumnsAndTheClosest() throws IOException {
        Path csv = file("g.csv", HEADER + "\n" + rows(4));

        Cli.Result r = compare("--map", "title=titel", csv.toString());

        assertThat(r.code()).isEqualTo(ExitCodes.USAGE);
        assertThat(r.err()).isEqualTo("postings: --map title=titel: no input has a column 'titel'; " + csv + " has "
                + HEADER.replace(",", ", ") + "; closest: title\n");
    }

    @Test
    void badMapExpressionsAreUsageErrors() throws IOException {
        Path csv = file("g.csv", HEADER + "\n" + rows(4));

        Cli.Result regex = compare("--map", "salary_min=salary_min ~ (", csv.toString());
        Cli.Result zero = compare("--map", "salary_min=salary_min / 0", csv.toString());

        assertThat(regex.code()).isEqualTo(ExitCodes.USAGE);
        assertThat(regex.err()).startsWith("postings: --map salary_min=salary_min ~ (: not a regular expression: ")
                .hasLineCount(1);
        assertThat(zero.code()).isEqualTo(ExitCodes.USAGE);
        assertThat(zero.err()).isEqualTo("postings: --map salary_min=salary_min / 0: division by zero\n");
    }

    @Test
    void aDuplicatedHeaderNameIsAWarningInTheProblemsAndInInspect() throws IOException {
        Path csv = file("dup.csv", "id,title,title,company\n1,Backend Developer,Other,Acme\n2,DevOps Engineer,x,Acme\n");

        JsonNode in = input(compare("-f", "json", csv.toString()));
        Cli.Result inspect = run("inspect", csv.toString());

        assertThat(in.get("problems").toString()).contains("duplicate_column", "title (columns 2 and 3; only the first is read)");
        assertThat(inspect.code()).isZero();
        assertThat(inspect.out()).contains("duplicate_column");
    }

    private Path gzip(String name, byte[]... members) throws IOException {
        ByteArrayOutputStream all = new ByteArrayOutputStream();
        for (byte[] m : members) {
            all.write(m);
        }
        return Files.write(dir.resolve(name), all.toByteArray());
    }

    private static byte[] gz(String text) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (OutputStream g = new GZIPOutputStream(out)) {
            g.write(text.getBytes(StandardCharsets.UTF_8));
        }
        return out.toByteArray();
    }

    @Test
    void everyGzipMemberIsReadAndDamageAfterTheFirstIsAnError() throws IOException {
        byte[] first = gz(HEADER + "\n" + rows(4));
        byte[] second = gz(rows(6).substring(rows(4).length()));
        byte[] damaged = second.clone();
        damaged[1] = 0x00;

        JsonNode both = input(compare("-f", "json", gzip("two.csv.gz", first, second).toString()));
        Cli.Result cut = compare(gzip("cut.csv.gz", first, java.util.Arrays.copyOf(second, 5)).toString());
        Cli.Result magic = compare(gzip("magic.csv.gz", first, damaged).toString());
        Cli.Result garbage = compare(gzip("garbage.csv.gz", first, "trailing junk\n".getBytes(StandardCharsets.UTF_8)).toString());

        assertThat(both.get("rows_read").asLong()).isEqualTo(6);
        assertThat(cut.code()).isEqualTo(ExitCodes.INPUT);
        assertThat(cut.err()).isEqualTo("postings: " + dir.resolve("cut.csv.gz")
                + ": truncated gzip stream (the file ends mid-stream: an interrupted download?)\n");
        assertThat(magic.code()).isEqualTo(ExitCodes.INPUT);
        assertThat(magic.err()).contains("magic.csv.gz: corrupt gzip stream (bytes after gzip member 1 are not a gzip member");
        assertThat(garbage.code()).isEqualTo(ExitCodes.INPUT);
        assertThat(garbage.err()).contains("garbage.csv.gz: corrupt gzip stream (bytes after gzip member 1");
    }

    @Test
    void aNulByteAnywhereIsDamageStrictStopsAtIt() throws IOException {
        // Past the first 8 KiB, which are refused as binary whatever the mode.
        String head = HEADER + "\n" + rows(200);
        Path csv = file("nul.csv", head + "999,Backend Developer,Ac\0me,\"Austin, TX\",1,2,USD,year,Java\n");

        JsonNode lenient = input(compare("-f", "json", csv.toString()));
        Cli.Result strict = compare("--strict", csv.toString());

        assertThat(lenient.get("problems").toString()).contains("nul_byte");
        assertThat(strict.code()).isEqualTo(ExitCodes.INPUT);
        assertThat(strict.err()).startsWith("postings: " + csv + ":202: nul_byte (--strict stops at the first damaged row)");
    }

    @Test
    void negativePayIsOutOfRangeNeverPositive() throws IOException {
        Path csv = file("neg.csv", "id,title,location,salary_min,salary_max,salary\n"
                + "1,Backend Developer,\"Austin, TX\",-50000,,\n"
                + "2,Backend Developer,\"Austin, TX\",,,-$90000\n"
                + "3,Backend Developer,\"Austin, TX\",,,$50K - $-20K\n"
                + "4,Backend Developer,\"Austin, TX\",-$120000,-$100000,\n"
                + "5,DevOps Engineer,\"Austin, TX\",100000,120000,\n");

        JsonNode report = JSON.readTree(compare("-f", "json", "--min-n", "1", csv.toString()).out());

        assertThat(report.get("input").get("salary_valid").asLong()).isEqualTo(1);
        assertThat(report.get("input").get("problems").toString()).contains("out_of_range_salary");
        assertThat(report.get("input").get("salary_excluded").toString()).contains("{\"key\":\"out_of_range\",\"count\":4");
    }

    @Test
    void errorsAboutAFileNameItsPath() throws IOException {
        Path binary = Files.write(dir.resolve("binary.txt"), new byte[] {(byte) 0xC3, 0x28, (byte) 0xFF, 0x0A});
        Path reportDir = Files.createDirectory(dir.resolve("report-dir"));
        Path csv = file("g.csv", HEADER + "\n" + rows(4));

        Cli.Result roles = compare("--roles", binary.toString(), csv.toString());
        Cli.Result check = run("check", reportDir.toString());

        assertThat(roles.code()).isEqualTo(ExitCodes.INPUT);
        assertThat(roles.err()).isEqualTo("postings: " + binary + ": not UTF-8 text (a binary file?)\n");
        assertThat(check.code()).isEqualTo(ExitCodes.INPUT);
        assertThat(check.err()).isEqualTo("postings: " + reportDir + ": is a directory, not a file\n");
    }

    @Test
    void aTaxonomyFileThatIsNotThereIsAUsageErrorInEveryCommand() throws IOException {
        // --roles is first used when the typed roles are resolved, --skills when the normalizer is made.
        Path csv = file("m.csv", HEADER + "\n" + rows(4));
        Path missing = dir.resolve("no-such-taxonomy.txt");
        for (String option : List.of("--roles", "--skills")) {
            for (List<String> command : List.of(List.of("roles"), List.of("compare", "--a", "Backend Developer", "--b",
                    "DevOps Engineer"), List.of("skills", "--role", "Backend Developer"))) {
                List<String> args = new ArrayList<>(command);
                args.addAll(List.of(option, missing.toString(), csv.toString()));
                Cli.Result r = run(args.toArray(String[]::new));

                assertThat(r.code()).as(args.toString()).isEqualTo(ExitCodes.USAGE);
                assertThat(r.err()).as(args.toString()).isEqualTo("postings: " + option + ": no such file " + missing + "\n");
                assertThat(r.out()).isEmpty();
            }
        }
    }

    @Test
    void aRowOfHundredsOfThousandsOfCellsIsRejectedInBoundedWork() throws IOException {
        String wide = "x" + ",a".repeat(400_000);
        Path csv = file("wide.csv", HEADER + "\n" + rows(2) + wide + "\n" + rows(4).substring(rows(2).length()));
        Path rejects = dir.resolve("rejects.csv");

        JsonNode in = input(compare("-f", "json", "--rejects", rejects.toString(), csv.toString()));

        assertThat(in.get("rows_read").asLong()).isEqualTo(5);
        assertThat(in.get("rejected").asLong()).isEqualTo(1);
        assertThat(Files.readString(rejects)).contains("… (400001 fields)").hasSizeLessThan(Limits.RAW_CUT + 500);
    }

    @Test
    void aHeaderOfMoreCellsThanTheLimitIsAnInputErrorNamingTheLine() throws IOException {
        Path csv = file("header.csv", "\n" + "a,".repeat(Limits.MAX_RECORD_CELLS + 5) + "a\n1\n");

        Cli.Result r = compare(csv.toString());

        assertThat(r.code()).isEqualTo(ExitCodes.INPUT);
        assertThat(r.err()).isEqualTo("postings: " + csv + ":2: the header has " + (Limits.MAX_RECORD_CELLS + 6)
                + " fields, over the limit of " + Limits.MAX_RECORD_CELLS + " (not a dump's header?)\n");
    }

    @Test
    void aFifoIsReadAsAStream() throws Exception {
        Path fifo = dir.resolve("in.fifo");
        assumeThat(new ProcessBuilder("mkfifo", fifo.toString()).start().waitFor()).isZero();
        String content = HEADER + "\n" + rows(6);
        Thread writer = new Thread(() -> {
            try (OutputStream out = Files.newOutputStream(fifo)) {
                out.write(gz(content));
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        });
        writer.start();

        JsonNode in = input(compare("-f", "json", fifo.toString()));
        writer.join(10_000);

        assertThat(in.get("rows_read").asLong()).isEqualTo(6);
    }

    @Test
    void aSmallHeapEndsWithOneLineAndItsExitCodeNeverAHang() throws Exception {
        Path big = dir.resolve("big.csv");
        assertThat(run("generate", "--rows", "200000", "-o", big.toString()).code()).isZero();
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        for (String heap : new String[] {"-Xmx8m", "-Xmx12m"}) {
            Process process = new ProcessBuilder(List.of(java, heap, "-cp", System.getProperty("java.class.path"),
                    Main.class.getName(), "compare", "--a", "Backend Developer", "--b", "DevOps Engineer", big.toString()))
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
            boolean ended = process.waitFor(120, TimeUnit.SECONDS);
            if (!ended) {
                process.destroyForcibly();
            }
            String err = new String(process.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);

            assertThat(ended).as("ended with %s", heap).isTrue();
            assertThat(process.exitValue()).as(err).isEqualTo(ExitCodes.MEMORY);
            assertThat(err).startsWith("postings: out of memory: try a larger heap").hasLineCount(1)
                    .doesNotContain("Exception in thread");
        }
    }
}
