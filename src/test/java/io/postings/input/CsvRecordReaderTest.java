package io.postings.input;

import static io.postings.input.Inputs.ACME_CSV;
import static io.postings.input.Inputs.gzip;
import static io.postings.input.Inputs.readAll;
import static io.postings.input.Inputs.readStdin;
import static io.postings.input.Inputs.utf8;
import static io.postings.input.Inputs.withBom;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class CsvRecordReaderTest {
    @TempDir
    Path dir;

    private final Rejects rejects = new Rejects();

    private List<RawRecord> read(String csv) throws IOException {
        return readStdin(utf8(csv), rejects);
    }

    @Test
    void readsHeaderAndRowsWithTheLineEachStartsOn() throws IOException {
        List<RawRecord> records = read("""
                title,company
                Backend Developer,Acme
                DevOps Engineer,Globex
                """);

        assertThat(records).extracting(RawRecord::source, RawRecord::line, RawRecord::values).containsExactly(
                tuple("-", 2L, Map.of("title", "Backend Developer", "company", "Acme")),
                tuple("-", 3L, Map.of("title", "DevOps Engineer", "company", "Globex")));
        assertThat(records.get(1).where()).isEqualTo("-:3");
        assertThat(rejects.all).isEmpty();
    }

    @Test
    void columnNamesAreTrimmedAndLowerCased() throws IOException {
        RawRecord r = read(" Job_Title ,COMPANY\nBackend Developer,Acme\n").get(0);

        assertThat(r.values()).containsOnlyKeys("job_title", "company");
        assertThat(r.get("job_title")).isEqualTo("Backend Developer");
    }

    static Stream<Arguments> delimited() {
        return Stream.of(
                Arguments.of(',', "title,company,location\nBackend Developer,Acme,\"Austin, TX\"\n"),
                Arguments.of(';', "title;company;location\nBackend Developer;Acme;Austin, TX\n"),
                Arguments.of('\t', "title\tcompany\tlocation\nBackend Developer\tAcme\tAustin, TX\n"));
    }

    @ParameterizedTest(name = "delimiter [{0}]")
    @MethodSource("delimited")
    void detectsTheDelimiterFromTheHeader(char delimiter, String csv) throws IOException {
        Path file = Files.writeString(dir.resolve("postings.csv"), csv);

        try (RecordReader reader = new InputOpener(System.in).open(file.toString(), rejects)) {
            assertThat(((CsvRecordReader) reader).delimiter()).isEqualTo(delimiter);
            assertThat(readAll(reader)).singleElement().extracting(RawRecord::values).isEqualTo(
                    Map.of("title", "Backend Developer", "company", "Acme", "location", "Austin, TX"));
        }
    }

    @Test
    void delimitersInsideQuotedHeaderNamesDoNotCount() throws IOException {
        List<RawRecord> records = read("\"pay, in USD\";title\n120000;Backend Developer\n");

        assertThat(records).singleElement().extracting(RawRecord::values)
                .isEqualTo(Map.of("pay, in usd", "120000", "title", "Backend Developer"));
    }

    @Test
    void quotedFieldsSpanLinesAndEachRecordKeepsItsStartLine() throws IOException {
        List<RawRecord> records = read("""
                id,description
                1,"Build APIs.
                Run them."
                2,plain
                3,"a ""quoted"" word,
                and a comma

                and a blank line"
                4,last
                """);

        assertThat(records).extracting(r -> r.get("id"), RawRecord::line)
                .containsExactly(tuple("1", 2L), tuple("2", 4L), tuple("3", 5L), tuple("4", 9L));
        assertThat(records.get(0).get("description")).isEqualTo("Build APIs.\nRun them.");
        assertThat(records.get(2).get("description")).isEqualTo("a \"quoted\" word,\nand a comma\n\nand a blank line");
    }

    @Test
    void blankLinesAreSkippedWithoutShiftingLineNumbers() throws IOException {
        List<RawRecord> records = read("\n\nid,title\n1,a\n\n   \n2,b\n\n");

        assertThat(records).extracting(r -> r.get("id"), RawRecord::line)
                .containsExactly(tuple("1", 4L), tuple("2", 7L));
        assertThat(rejects.all).isEmpty();
    }

    @Test
    void blankLinesAreSkippedInASingleColumnFileToo() throws IOException {
        assertThat(read("title\nBackend Developer\n\nDevOps Engineer\n"))
                .extracting(r -> r.get("title"), RawRecord::line)
                .containsExactly(tuple("Backend Developer", 2L), tuple("DevOps Engineer", 4L));
    }

    @Test
    void windowsLineEndsCountAsOneLine() throws IOException {
        assertThat(read("id,title\r\n1,a\r\n\r\n2,\"b\r\nc\"\r\n3,d\r\n"))
                .extracting(r -> r.get("id"), RawRecord::line)
                .containsExactly(tuple("1", 2L), tuple("2", 4L), tuple("3", 6L));
    }

    @Test
    void skipsAUtf8ByteOrderMark() throws IOException {
        List<RawRecord> records = readStdin(withBom("title,location\nDesenvolvedor Backend,São Paulo\n"), rejects);

        assertThat(records).singleElement().extracting(RawRecord::values)
                .isEqualTo(Map.of("title", "Desenvolvedor Backend", "location", "São Paulo"));
    }

    @Test
    void readsGzipFromItsMagicBytesWhateverTheFileIsCalled() throws IOException {
        byte[] compressed = gzip(utf8(ACME_CSV));
        for (String name : List.of("postings.csv", "postings.csv.gz", "postings.bin")) {
            Path file = Files.write(dir.resolve(name), compressed);

            try (RecordReader reader = new InputOpener(System.in).open(file.toString(), rejects)) {
                assertThat(readAll(reader)).as(name).singleElement()
                        .extracting(r -> r.get("company")).isEqualTo("Acme");
            }
        }
    }

    @Test
    void rejectsRowsWithTheWrongNumberOfFieldsAndKeepsGoing() throws IOException {
        List<RawRecord> records = read("""
                title,company
                Backend Developer,Acme
                Data Engineer,"Initech, Inc",Austin
                Orphan
                DevOps Engineer,Globex
                """);

        assertThat(records).extracting(r -> r.get("title")).containsExactly("Backend Developer", "DevOps Engineer");
        assertThat(rejects.all).containsExactly(
                new Rejects.Reject("-", 3, "wrong_field_count", "Data Engineer,\"Initech, Inc\",Austin"),
                new Rejects.Reject("-", 4, "wrong_field_count", "Orphan"));
    }

    @Test
    void aRejectedRowSpanningLinesIsReportedAtItsFirstLine() throws IOException {
        List<RawRecord> records = read("id,title\n1,\"two\nlines\",extra\n2,ok\n");

        assertThat(rejects.all).singleElement().satisfies(r -> {
            assertThat(r.line()).isEqualTo(2);
            assertThat(r.raw()).isEqualTo("1,\"two\nlines\",extra");
        });
        assertThat(records).singleElement().extracting(RawRecord::line).isEqualTo(4L);
    }

    @Test
    void theFirstOfTwoColumnsWithTheSameNameWins() throws IOException {
        RawRecord r = read("title,Title,company\nBackend Developer,Ignored,Acme\n").get(0);

        assertThat(r.values()).isEqualTo(Map.of("title", "Backend Developer", "company", "Acme"));
    }

    @Test
    void anUnterminatedQuoteInARowIsAnInputException() throws IOException {
        // quoting is sniffed: a file whose only quote never closes reads it as text, so quotes are told here
        try (RecordReader reader = new InputOpener(System.in).quoting(CsvQuote.of("\"")).open(
                Files.writeString(dir.resolve("broken.csv"), "id,title\n1,ok\n2,\"never closed\n3,x\n").toString(),
                rejects)) {
            assertThat(reader.next().get("id")).isEqualTo("1");
            assertThatThrownBy(reader::next).isInstanceOf(InputException.class)
                    .hasMessageStartingWith(dir.resolve("broken.csv") + ":3: unterminated quote");
        }
    }

    @Test
    void aQuoteThatClosesMidFieldIsReportedAtTheRecordItBrokeIn() throws IOException {
        // over two lines, so the next record's start is unknown (on one line the record is rejected: CsvQuotingTest)
        try (RecordReader reader = new InputOpener(System.in).quoting(CsvQuote.of("\"")).open(
                Files.writeString(dir.resolve("stray.csv"), "id,title\n1,ok\n2,\"Dev\nOps\"x\n3,x\n").toString(), rejects)) {
            assertThat(reader.next().get("id")).isEqualTo("1");
            assertThatThrownBy(reader::next).isInstanceOf(InputException.class)
                    .hasMessageStartingWith(dir.resolve("stray.csv") + ":3: broken quoting");
        }
    }

    @Test
    void aQuotedFieldOverTheLineLimitIsAnUnterminatedQuote() throws IOException {
        String swallowed = "1,\"opened\n" + "2,more\n".repeat(Limits.MAX_RECORD_LINES) + "\"\n";

        assertThatThrownBy(() -> read("id,title\n" + swallowed)).isInstanceOf(InputException.class)
                .hasMessageStartingWith("-:2: unterminated quote? The record starting on this line runs over 10000 lines");
    }

    @Test
    void aRecordThatNeverEndsFailsAtTheLimitNotWithOutOfMemory() throws IOException {
        byte[] header = utf8("id,title\n1,ok\n2,\"");
        Inputs.assertReadsIdOneThenFails(new CsvRecordReader("-", Inputs.endless(header, (byte) 'a'), rejects),
                "-:3: unterminated quote? The record starting on this line runs over 16777216 bytes");
    }

    @Test
    void aFieldOverTheSizeLimitRejectsItsRowOnly() throws IOException {
        String big = "x".repeat(Limits.MAX_FIELD_CHARS + 1);

        List<RawRecord> records = read("id,description\n1,short\n2," + big + "\n3,short\n");

        assertThat(records).extracting(RawRecord::line).containsExactly(2L, 4L);
        assertThat(rejects.all).extracting(Rejects.Reject::line, Rejects.Reject::kind)
                .containsExactly(tuple(3L, "field_too_large"));
        assertThat(rejects.all.get(0).raw()).isEqualTo("2," + big);
    }

    @Test
    void bytesThatAreNotUtf8AreReplacedAndTheRowReportedAsDamaged() throws IOException {
        byte[] csv = {'i', 'd', ',', 'c', 'o', '\n', '1', ',', 'o', 'k', '\n', '2', ',', 'C', 'a', 'f', (byte) 0xE9, '\n',
            '3', ',', 'o', 'k', '\n'};

        List<RawRecord> records = readStdin(csv, rejects);

        assertThat(records).extracting(r -> r.get("co")).containsExactly("ok", "Caf\uFFFD", "ok");
        assertThat(rejects.damaged).containsExactly(new Rejects.Reject("-", 3, "invalid_utf8", "Caf\uFFFD"));
        assertThat(rejects.all).isEmpty();
    }

    @Test
    void anUnterminatedQuoteInTheHeaderIsAnInputException() {
        assertThatThrownBy(() -> readAll(new CsvRecordReader("-", new java.io.ByteArrayInputStream(
                utf8("\"title,company\nBackend Developer,Acme\n")), rejects, CsvQuote.of("\""))))
                .isInstanceOf(InputException.class)
                .hasMessageContaining("header");
    }

    @Test
    void anEmptyFileIsAnInputException() throws IOException {
        Path empty = Files.write(dir.resolve("empty.csv"), new byte[0]);

        assertThatThrownBy(() -> new InputOpener(System.in).open(empty.toString(), rejects))
                .isInstanceOf(InputException.class)
                .hasMessageContaining("empty.csv").hasMessageContaining("empty input");
        // A file of blank lines is empty too.
        assertThatThrownBy(() -> read("\n \n\n")).isInstanceOf(InputException.class).hasMessageContaining("empty input");
    }

    @Test
    void aHeaderWithoutRowsHasNoRecords() throws IOException {
        assertThat(read("title,company\n")).isEmpty();
        assertThat(read("title,company")).isEmpty();
    }
}
