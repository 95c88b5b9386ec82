package io.postings.input;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class Utf8TextTest {

    private static String readAll(Reader in) throws IOException {
        StringBuilder out = new StringBuilder();
        char[] buf = new char[7];
        for (int n; (n = in.read(buf, 0, buf.length)) >= 0; ) {
            out.append(buf, 0, n);
        }
        return out.toString();
    }

    /** Hands out one byte per read, so every multi-byte sequence is split across reads. */
    private static InputStream trickle(byte[] bytes) {
        return new InputStream() {
            private int pos;

            @Override
            public int read() {
                return pos < bytes.length ? bytes[pos++] & 0xFF : -1;
            }

            @Override
            public int read(byte[] b, int off, int len) {
                if (pos >= bytes.length) {
                    return -1;
                }
                b[off] = bytes[pos++];
                return 1;
            }
        };
    }

    @Test
    void decodesUtf8EvenWhenSequencesArriveSplit() throws IOException {
        String text = "Zürich, 東京, 😀 and plain ASCII\n";

        Utf8Text in = new Utf8Text(trickle(text.getBytes(StandardCharsets.UTF_8)));

        assertThat(readAll(in)).isEqualTo(text);
        assertThat(in.replaced()).isZero();
    }

    @Test
    void replacesEachBadSequenceWithOneReplacementCharacterAndCountsIt() throws IOException {
        byte[] latin1 = "Café Zoë".getBytes(StandardCharsets.ISO_8859_1);

        Utf8Text in = new Utf8Text(new ByteArrayInputStream(latin1));

        assertThat(readAll(in)).isEqualTo("Caf\uFFFD Zo\uFFFD");
        assertThat(in.replaced()).isEqualTo(2);
    }

    @Test
    void aSequenceCutByTheEndOfTheInputIsOneReplacement() throws IOException {
        byte[] euro = "€".getBytes(StandardCharsets.UTF_8);
        byte[] cut = {'a', euro[0], euro[1]};

        Utf8Text in = new Utf8Text(trickle(cut));

        assertThat(readAll(in)).isEqualTo("a\uFFFD");
        assertThat(in.replaced()).isEqualTo(1);
    }

    @Test
    void replacementsAreBlamedOnTheRecordsThatHoldThemOnlyOnce() throws IOException {
        Utf8Text in = new Utf8Text(new ByteArrayInputStream(new byte[] {'x', (byte) 0xFF, 'y'}));
        readAll(in);

        assertThat(in.replacedIn(List.of("clean"))).as("no replacement character in it").isNull();
        assertThat(in.replacedIn(List.of("ok", "x\uFFFDy"))).isEqualTo("x\uFFFDy");
        assertThat(in.replacedIn(List.of("x\uFFFDy"))).as("already attributed").isNull();
    }

    @Test
    void aReplacementCharacterThatWasInTheBytesIsNotDamage() throws IOException {
        Utf8Text in = new Utf8Text(new ByteArrayInputStream("ok \uFFFD".getBytes(StandardCharsets.UTF_8)));
        readAll(in);

        assertThat(in.replacedIn(List.of("ok \uFFFD"))).isNull();
    }
}
