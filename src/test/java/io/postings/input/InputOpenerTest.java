package io.postings.input;

import static io.postings.input.Inputs.ACME_CSV;
import static io.postings.input.Inputs.gzip;
import static io.postings.input.Inputs.readAll;
import static io.postings.input.Inputs.readStdin;
import static io.postings.input.Inputs.utf8;
import static io.postings.input.Inputs.withBom;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.BufferedInputStream;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class InputOpenerTest {
    private static final String JSON = "[{\"title\": \"Backend Developer\", \"company\": \"Acme\"}]";
    private static final String JSONL = "{\"title\": \"Backend Developer\", \"company\": \"Acme\"}\n";

    @TempDir
    Path dir;

    private final InputOpener opener = new InputOpener(new ByteArrayInputStream(new byte[0]));

    private RecordReader openFile(String name, byte[] content) throws IOException {
        return opener.open(Files.write(dir.resolve(name), content).toString(), RejectListener.IGNORE);
    }

    @Test
    void dashReadsStandardInput() throws IOException {
        assertThat(readStdin(utf8(ACME_CSV), RejectListener.IGNORE)).singleElement().satisfies(r -> {
            assertThat(r.source()).isEqualTo("-");
            assertThat(r.get("company")).isEqualTo("Acme");
        });
        assertThat(readStdin(utf8(JSON), RejectListener.IGNORE)).singleElement()
                .extracting(r -> r.get("company")).isEqualTo("Acme");
    }

    @Test
    void standardInputMayBeGzippedAndStartWithAByteOrderMark() throws IOException {
        assertThat(readStdin(gzip(withBom(JSON)), RejectListener.IGNORE)).singleElement()
                .extracting(r -> r.get("title")).isEqualTo("Backend Developer");
    }

    @Test
    void aDirectoryIsAnInputException() {
        assertThatThrownBy(() -> opener.open(dir.toString(), RejectListener.IGNORE))
                .isInstanceOf(InputException.class)
                .hasMessage(dir + ": is a directory, not a file");
    }

    @Test
    void aMissingFileIsAnInputException() {
        String missing = dir.resolve("nope.csv").toString();

        assertThatThrownBy(() -> opener.open(missing, RejectListener.IGNORE))
                .isInstanceOf(InputException.class)
                .hasMessage(missing + ": no such file");
    }

    @Test
    void aFileThatOnlyLooksGzippedIsAnInputException() {
        byte[] notReallyGzip = {0x1f, (byte) 0x8b, 'x'};

        assertThatThrownBy(() -> openFile("dump.csv.gz", notReallyGzip))
                .isInstanceOf(InputException.class)
                .hasMessageContaining("gzip");
    }

    @ParameterizedTest(name = "{0} holding {1} is read by {2}")
    @CsvSource(delimiter = '|', textBlock = """
            jobs.csv      | [{"title": "x"}]  | CsvRecordReader
            jobs.TSV      | {"title": "x"}    | CsvRecordReader
            jobs.txt      | [{"title": "x"}]  | CsvRecordReader
            jobs.csv.gz   | [{"title": "x"}]  | CsvRecordReader
            jobs.json     | {"title": "x"}    | JsonRecordReader
            jobs.jsonl    | [{"title": "x"}]  | JsonRecordReader
            jobs.ndjson   | {"title": "x"}    | JsonRecordReader
            jobs.json.gz  | {"title": "x"}    | JsonRecordReader
            jobs          | [{"title": "x"}]  | JsonRecordReader
            jobs          | {"title": "x"}    | JsonRecordReader
            jobs.gz       | {"title": "x"}    | JsonRecordReader
            jobs.dat      | title,company     | CsvRecordReader
            """)
    void picksTheReaderByExtensionElseByFirstByte(String name, String body, String reader) throws IOException {
        // Only the reader's type matters here: a CSV reader never parses past the header line.
        byte[] bytes = name.endsWith(".gz") ? gzip(utf8(body)) : utf8(body);

        try (RecordReader r = openFile(name, bytes)) {
            assertThat(r.getClass().getSimpleName()).isEqualTo(reader);
        }
    }

    @ParameterizedTest
    @CsvSource({"jobs.json", "jobs.jsonl", "jobs.ndjson"})
    void aJsonNameWinsOverContentThatLooksLikeCsv(String name) {
        assertThatThrownBy(() -> openFile(name, utf8(ACME_CSV)))
                .isInstanceOf(InputException.class)
                .hasMessageEndingWith(name + ":1: not JSON records: the document starts with 'title,company', not an array of objects"
                        + " or one object per line");
    }

    @Test
    void sniffingSkipsLeadingWhitespaceAndLeavesTheStreamUnread() throws IOException {
        InputStream in = new BufferedInputStream(new ByteArrayInputStream(utf8("\n  [{\"a\": 1}]")));

        assertThat(InputOpener.formatOf("-", in)).isEqualTo(Format.JSON);
        assertThat(in.read()).isEqualTo('\n');
    }

    @Test
    void formatByExtension() throws IOException {
        InputStream in = new BufferedInputStream(new ByteArrayInputStream(utf8("[")));

        assertThat(InputOpener.formatOf("a.JSONL.GZ", in)).isEqualTo(Format.JSONL);
        assertThat(InputOpener.formatOf("a.ndjson", in)).isEqualTo(Format.JSONL);
        assertThat(InputOpener.formatOf("a.json", in)).isEqualTo(Format.JSON);
        assertThat(InputOpener.formatOf("a.tsv", in)).isEqualTo(Format.CSV);
        assertThat(InputOpener.formatOf("{.csv", in)).isEqualTo(Format.CSV);
    }

    @Test
    void firstByteDecidesWithoutAnExtension() throws IOException {
        assertThat(InputOpener.formatOf("-", stream("{\"a\": 1}"))).isEqualTo(Format.JSONL);
        assertThat(InputOpener.formatOf("-", stream("[{\"a\": 1}]"))).isEqualTo(Format.JSON);
        assertThat(InputOpener.formatOf("-", stream("title,company"))).isEqualTo(Format.CSV);
        assertThat(InputOpener.formatOf("-", stream(""))).isEqualTo(Format.CSV);
    }

    @Test
    void readsAGzippedJsonLinesFileEndToEnd() throws IOException {
        try (RecordReader r = openFile("jobs.jsonl.gz", gzip(utf8(JSONL + JSONL)))) {
            assertThat(readAll(r)).extracting(RawRecord::line).containsExactly(1L, 2L);
        }
    }

    private static InputStream stream(String text) {
        return new BufferedInputStream(new ByteArrayInputStream(utf8(text)));
    }
}
