package io.postings.input;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;

/**
 * Whatever bytes a dump holds, the readers end in records, rejected rows, or the tool's own
 * {@link InputException}: never another exception, never records out of line order. The
 * generators are biased towards the characters that matter to each format (quotes,
 * delimiters, brackets, line breaks, bytes that are not UTF-8), so that broken structure
 * is common rather than rare.
 */
class ReaderFuzzTest {
    private static final int TRIES = 500;

    /**
     * Reads everything; anything thrown but an InputException fails the property. How each try
     * ended is collected, and the property also fails when fewer than one try in a hundred was read
     * to its end: a generator that only ever made unreadable input would test nothing past the start.
     * (The JSON generator reads to the end in about 5% of tries since wrapper objects are refused,
     * so a bar of 5% failed on about half the seeds.)
     */
    private static void readsOrFailsCleanly(String name, byte[] bytes) throws IOException {
        boolean failed = endsInInputException(name, bytes);
        Statistics.collect(failed ? "input error" : "read to the end");
        Statistics.coverage(coverage -> coverage.check("read to the end").percentage(p -> p >= 1));
    }

    /** True when reading ended in an InputException (one line, naming the input). */
    private static boolean endsInInputException(String name, byte[] bytes) throws IOException {
        List<Long> lines = new ArrayList<>();
        List<Long> rejected = new ArrayList<>();
        RejectListener rejects = (source, line, kind, raw) -> rejected.add(line);
        try (RecordReader reader = new InputOpener(new ByteArrayInputStream(bytes)).open(new Source("-", name), rejects)) {
            RawRecord r;
            while ((r = reader.next()) != null) {
                assertThat(r.source()).isEqualTo(name);
                assertThat(r.values()).doesNotContainKey(null);
                lines.add(r.line());
            }
        } catch (InputException e) {
            assertThat(e.getMessage()).startsWith(name).doesNotContain("\n");
            return true;
        }
        assertThat(lines).allMatch(line -> line >= 1).isSorted();
        assertThat(rejected).allMatch(line -> line >= 1);
        return false;
    }

    @Property(tries = TRIES)
    void csvReaderThrowsOnlyInputException(@ForAll("csvText") String text) throws IOException {
        readsOrFailsCleanly("fuzz.csv", text.getBytes(StandardCharsets.UTF_8));
    }

    @Property(tries = TRIES)
    void jsonReaderThrowsOnlyInputException(@ForAll("jsonText") String text) throws IOException {
        readsOrFailsCleanly("fuzz.json", text.getBytes(StandardCharsets.UTF_8));
    }

    @Property(tries = TRIES)
    void jsonLinesReaderThrowsOnlyInputException(@ForAll("jsonLines") String text) throws IOException {
        readsOrFailsCleanly("fuzz.jsonl", text.getBytes(StandardCharsets.UTF_8));
    }

    @Property(tries = TRIES)
    void anyBytesUnderAnyNameThrowOnlyInputException(@ForAll("bytes") byte[] bytes,
            @ForAll("names") String name) throws IOException {
        readsOrFailsCleanly(name, bytes);
    }

    @Property(tries = TRIES)
    void wellFormedJsonLinesLosesNoLine(@ForAll("objects") List<String> objects) throws IOException {
        List<Long> lines = new ArrayList<>();
        String text = String.join("\n", objects) + "\n";
        try (RecordReader reader = new InputOpener(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)))
                .open(new Source("-", "ok.jsonl"), (s, line, kind, raw) -> lines.add(-line))) {
            RawRecord r;
            while ((r = reader.next()) != null) {
                lines.add(r.line());
            }
        }
        assertThat(lines).hasSize(objects.size());
    }

    @Provide
    Arbitrary<String> csvText() {
        Arbitrary<String> body = Arbitraries.strings().withChars(",;\t\"\n\r ab1é\uFFFD\u0000'=").ofMaxLength(300);
        Arbitrary<String> header = Arbitraries.of("id,title\n", "title;company;salary\n", "\"a,b\",c\n", "", "x\n");
        return header.flatMap(h -> body.map(b -> h + b));
    }

    @Provide
    Arbitrary<String> jsonText() {
        Arbitrary<String> token = Arbitraries.of("{", "}", "[", "]", ",", ":", "\"id\"", "\"a\\\"b\"", "1", "-2.5e3",
                "true", "null", "\n", " ", "\"\\u00e9\"", "{\"title\": \"Backend Developer\"}", "\"", "\\", "x");
        return token.list().ofMaxSize(60).map(parts -> String.join("", parts));
    }

    @Provide
    Arbitrary<String> jsonLines() {
        Arbitrary<String> line = Arbitraries.oneOf(
                Arbitraries.of("{\"id\": 1}", "{\"id\": \"2\", \"skills\": [\"go\", {\"x\": null}]}", "{}", "[]", "null",
                        "{\"id\":", "not json", "{\"a\": {\"b\": {\"c\": 1}}}", "  ", ""),
                Arbitraries.strings().withChars("{}[]\":, a1\\").ofMaxLength(30));
        return line.list().ofMinSize(1).ofMaxSize(20).map(lines -> String.join("\n", lines));
    }

    @Provide
    Arbitrary<List<String>> objects() {
        Arbitrary<String> value = Arbitraries.strings().alpha().numeric().withChars(" é\"\\,").ofMaxLength(12)
                .map(s -> "\"" + s.replace("\\", "\\\\").replace("\"", "\\\"") + "\"");
        return value.list().ofMinSize(1).ofMaxSize(4)
                .map(values -> {
                    StringBuilder o = new StringBuilder("{");
                    for (int i = 0; i < values.size(); i++) {
                        o.append(i > 0 ? ", " : "").append("\"f").append(i).append("\": ").append(values.get(i));
                    }
                    return o.append('}').toString();
                })
                .list().ofMinSize(2).ofMaxSize(30);
    }

    @Provide
    Arbitrary<byte[]> bytes() {
        Arbitrary<Byte> interesting = Arbitraries.of((byte) '"', (byte) ',', (byte) '\n', (byte) '{', (byte) '[',
                (byte) 0x1f, (byte) 0x8b, (byte) 0xEF, (byte) 0xBB, (byte) 0xBF, (byte) 0xC3, (byte) 0xFF, (byte) 0);
        return Arbitraries.frequencyOf(
                        net.jqwik.api.Tuple.of(1, Arbitraries.bytes()),
                        net.jqwik.api.Tuple.of(2, interesting))
                .list().ofMaxSize(200)
                .map(list -> {
                    byte[] out = new byte[list.size()];
                    for (int i = 0; i < out.length; i++) {
                        out[i] = list.get(i);
                    }
                    return out;
                });
    }

    @Provide
    Arbitrary<String> names() {
        return Arbitraries.of("x.csv", "x.json", "x.jsonl", "x.csv.gz", "x");
    }
}
