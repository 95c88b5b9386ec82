package io.postings.input;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;

/**
 * The scanner reads what commons-csv's RFC 4180 format reads: the same cells, the same line
 * count after every record, and a failure where commons-csv fails (of the same kind).
 */
class CsvScannerTest {

    /** What a reader made of a text: its records with the line count after each, then how it ended. */
    private record Reading(List<List<String>> records, List<Long> lines, String end) {
    }

    private static Reading scanner(String text, char delimiter, int chunk) {
        CsvScanner scanner = new CsvScanner(new Trickle(bytes(text), chunk), delimiter);
        List<List<String>> records = new ArrayList<>();
        List<Long> lines = new ArrayList<>();
        try {
            String[] cells;
            while ((cells = scanner.next()) != null) {
                records.add(Arrays.asList(cells));
                lines.add(scanner.lineBreaks());
            }
            return new Reading(records, lines, "end");
        } catch (CsvScanner.Broken e) {
            return new Reading(records, lines, e.kind.name());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Reading commonsCsv(String text, char delimiter) throws IOException {
        CSVFormat format = CSVFormat.RFC4180.builder().setDelimiter(delimiter).setIgnoreEmptyLines(false).get();
        List<List<String>> records = new ArrayList<>();
        List<Long> lines = new ArrayList<>();
        try (CSVParser parser = format.parse(new StringReader(text))) {
            Iterator<CSVRecord> it = parser.iterator();
            while (it.hasNext()) {
                records.add(Arrays.asList(it.next().values()));
                lines.add(parser.getCurrentLineNumber());
            }
            return new Reading(records, lines, "end");
        } catch (UncheckedIOException | IllegalStateException e) {
            String message = String.valueOf(e.getCause() == null ? e.getMessage() : e.getCause().getMessage());
            if (message.contains("EOF reached before encapsulated token finished")) {
                return new Reading(records, lines, "UNTERMINATED");
            }
            if (message.contains("Invalid character between encapsulated token and delimiter")) {
                return new Reading(records, lines, "TEXT_AFTER_QUOTE");
            }
            throw e;
        }
    }

    private static InputStream bytes(String text) {
        return new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
    }

    /** Hands out at most {@code chunk} bytes per read, so cells, characters and CRLFs straddle refills. */
    private static final class Trickle extends FilterInputStream {
        private final int chunk;

        Trickle(InputStream in, int chunk) {
            super(in);
            this.chunk = chunk;
        }

        @Override
        public int read(byte[] buf, int off, int len) throws IOException {
            return in.read(buf, off, Math.min(len, chunk));
        }
    }

    @Property(tries = 2000)
    void readsWhatCommonsCsvReads(@ForAll("csv") String text, @ForAll("delimiters") char delimiter,
            @ForAll("chunks") int chunk) throws IOException {
        Reading expected = commonsCsv(text, delimiter);
        Reading actual = scanner(text, delimiter, chunk);

        assertThat(actual.records()).isEqualTo(expected.records());
        assertThat(actual.end()).isEqualTo(expected.end());
        if (expected.end().equals("end") && !expected.lines().isEmpty()) {
            // commons-csv counts a last line without a line break once it is read; the reader never asks then.
            int last = expected.lines().size() - 1;
            assertThat(actual.lines().subList(0, last)).isEqualTo(expected.lines().subList(0, last));
        } else {
            assertThat(actual.lines()).isEqualTo(expected.lines());
        }
    }

    @Provide
    Arbitrary<String> csv() {
        // U+3000 is a blank (after a closing quote too), U+00A0 is not, and 😀 takes four bytes.
        return Arbitraries.strings().withChars(",;\t\"\n\r ab1é\u3000\u00a0").ofMaxLength(200)
                .edgeCases(c -> c.add("\"a\"\u3000,b\n")).map(t -> t.replace("1", "\ud83d\ude00"));
    }

    /** Long runs of plain text between the bytes that matter, so the scan's eight-byte steps meet them anywhere. */
    @Property(tries = 500)
    void readsLongRunsAsCommonsCsvDoes(@ForAll("runs") String text, @ForAll("chunks") int chunk) throws IOException {
        Reading expected = commonsCsv(text, ',');
        Reading actual = scanner(text, ',', chunk);

        assertThat(actual.records()).isEqualTo(expected.records());
        assertThat(actual.end()).isEqualTo(expected.end());
    }

    @Provide
    Arbitrary<String> runs() {
        Arbitrary<String> plain = Arbitraries.strings().withChars("ab1 \u00e9").ofMaxLength(40);
        Arbitrary<String> marks = Arbitraries.of(",", "\"", "\n", "\r\n", "\"\"", "\u00e9", "\ud83d\ude00", "\u3000");
        return Combinators.combine(plain, marks).as((p, m) -> p + m).list().ofMaxSize(30)
                .map(parts -> String.join("", parts));
    }

    @Provide
    Arbitrary<Character> delimiters() {
        return Arbitraries.of(',', ';', '\t');
    }

    @Provide
    Arbitrary<Integer> chunks() {
        return Arbitraries.of(1, 2, 3, 7, 1 << 16);
    }

    @Test
    void aCellLongerThanTheBufferComesWhole() throws IOException {
        String big = "x".repeat(200_000);
        String quotedBig = "a\"\"b\r\n".repeat(40_000);
        String text = "id,text\n1," + big + "\n2,\"" + quotedBig + "\"\n";

        Reading read = scanner(text, ',', 1 << 16);

        assertThat(read.records()).containsExactly(List.of("id", "text"), List.of("1", big),
                List.of("2", quotedBig.replace("\"\"", "\"")));
        assertThat(read.lines()).containsExactly(1L, 2L, 3L + 40_000L);
        assertThat(read).isEqualTo(commonsCsv(text, ','));
    }

    @Test
    void blanksAfterAClosingQuoteThatRunPastTheBufferLeaveTheCellWhole() throws IOException {
        String text = "\"ab\"" + " ".repeat(100_000) + ",x\n\"ab\",y\n";

        Reading read = scanner(text, ',', 1 << 16);

        assertThat(read.records()).containsExactly(List.of("ab", "x"), List.of("ab", "y"));
        assertThat(read).isEqualTo(commonsCsv(text, ','));
    }

    @Test
    void tellsWhichCellsArePlainAscii() throws IOException {
        CsvScanner scanner = new CsvScanner(bytes("a,Gda\u00c5\u0084sk,\"x, y\",\"\u00e9\",\n"), ',');

        assertThat(scanner.next()).containsExactly("a", "Gda\u00c5\u0084sk", "x, y", "\u00e9", "");
        assertThat(scanner.asciiCells()).isEqualTo(0b10101L);
    }

    @Test
    void aLongQuotedCellIsPlainAsciiOnlyWhenEveryByteIs() throws IOException {
        String ascii = "a".repeat(101);
        String wide = "a".repeat(50) + "\u00e9" + "a".repeat(50);
        CsvScanner scanner = new CsvScanner(bytes("\"" + ascii + "\",\"" + wide + "\",\"" + ascii + "\"\n"), ',');

        assertThat(scanner.next()).containsExactly(ascii, wide, ascii);
        assertThat(scanner.asciiCells()).isEqualTo(0b101L);
    }

    @Test
    void aCellWithBytesThatAreNotUtf8IsTheRecordsDamagedCellButASpelledReplacementIsNot() throws IOException {
        byte[] text = concat("a,\uFFFD,x".getBytes(StandardCharsets.UTF_8), new byte[] {(byte) 0xC3, '(', ','},
                "\"q".getBytes(StandardCharsets.UTF_8), new byte[] {(byte) 0xFF}, "\"\nb,c,d,e\n".getBytes(StandardCharsets.UTF_8));
        CsvScanner scanner = new CsvScanner(new Trickle(new ByteArrayInputStream(text), 3), ',');

        assertThat(scanner.next()).containsExactly("a", "\uFFFD", "x\uFFFD(", "q\uFFFD");
        assertThat(scanner.damaged()).isEqualTo("x\uFFFD(");
        assertThat(scanner.next()).containsExactly("b", "c", "d", "e");
        assertThat(scanner.damaged()).isNull();
    }

    @Test
    void aNulIsBlamedOnTheFirstRecordThatHoldsIt() throws IOException {
        CsvScanner scanner = new CsvScanner(bytes("a,b\nc\0,d\ne,f\n"), ',');

        String[] first = scanner.next();
        assertThat(scanner.nulIn(first)).isNull();
        String[] second = scanner.next();
        assertThat(scanner.nulIn(second)).isEqualTo("c\0");
        assertThat(scanner.nulIn(scanner.next())).isNull();
    }

    @Test
    void nulsAreCountedWhereverTheyFallInTheBuffer() throws IOException {
        // Past the first eight bytes, in the middle of a word and in the tail shorter than one.
        String text = "id,text\n1," + "y".repeat(17) + "\0z\n2,ok\n3,w\0";
        CsvScanner scanner = new CsvScanner(bytes(text), ',');

        assertThat(scanner.nulIn(scanner.next())).isNull();
        assertThat(scanner.nulIn(scanner.next())).isEqualTo("y".repeat(17) + "\0z");
        assertThat(scanner.nulIn(scanner.next())).isNull();
        assertThat(scanner.nulIn(scanner.next())).isEqualTo("w\0");
    }

    @Test
    void theGuardFailsARecordOverTheLimitAndCountsFromEachRecordStart() throws IOException {
        String row = "x".repeat(70_000) + "\n";
        CsvScanner scanner = new CsvScanner(new Trickle(bytes(row + row + "\"" + "y".repeat(200_000)), 1 << 16), ',', '"',
                100_000);

        assertThat(scanner.next()).containsExactly("x".repeat(70_000));
        assertThat(scanner.next()).containsExactly("x".repeat(70_000));
        assertThatThrownBy(scanner::next).isInstanceOf(CsvScanner.TooLong.class)
                .hasMessage("more than 100000 bytes in one record");
    }

    @Test
    void theDelimiterAndTheQuoteAreAscii() {
        assertThatThrownBy(() -> new CsvScanner(bytes(""), ',', '\u00ab', 10)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new CsvScanner(bytes(""), '\u00a7')).isInstanceOf(IllegalArgumentException.class);
    }

    private static byte[] concat(byte[]... parts) {
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        for (byte[] p : parts) {
            out.writeBytes(p);
        }
        return out.toByteArray();
    }
}
