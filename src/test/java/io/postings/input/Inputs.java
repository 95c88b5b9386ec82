package io.postings.input;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.GZIPOutputStream;

/** Small helpers for feeding text to the readers. */
final class Inputs {
    /**
     * Reads a record with id 1 from the reader, then expects the next read to fail with exactly the message,
     * and closes the reader.
     */
    static void assertReadsIdOneThenFails(RecordReader reader, String message) throws IOException {
        try (reader) {
            assertThat(reader.next().get("id")).isEqualTo("1");
            assertThatThrownBy(reader::next).isInstanceOf(InputException.class).hasMessage(message);
        }
    }

    /** A CSV file of one posting, "Backend Developer" at "Acme". */
    static final String ACME_CSV = "title,company\nBackend Developer,Acme\n";

    private Inputs() {
    }

    static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    static byte[] gzip(byte[] bytes) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (GZIPOutputStream gz = new GZIPOutputStream(out)) {
            gz.write(bytes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    static byte[] withBom(String text) {
        byte[] body = utf8(text);
        byte[] out = new byte[body.length + 3];
        out[0] = (byte) 0xEF;
        out[1] = (byte) 0xBB;
        out[2] = (byte) 0xBF;
        System.arraycopy(body, 0, out, 3, body.length);
        return out;
    }

    /** Every record of standard input holding {@code bytes}, read through {@link InputOpener}. */
    static List<RawRecord> readStdin(byte[] bytes, RejectListener rejects) throws IOException {
        try (RecordReader reader = new InputOpener(new ByteArrayInputStream(bytes)).open("-", rejects)) {
            return readAll(reader);
        }
    }

    /** {@code prefix}, then {@code fill} for ever: a row or a stream that never ends, without holding it. */
    static InputStream endless(byte[] prefix, byte fill) {
        return new InputStream() {
            private int pos;

            @Override
            public int read() {
                return pos < prefix.length ? prefix[pos++] & 0xFF : fill & 0xFF;
            }

            @Override
            public int read(byte[] b, int off, int len) {
                int n = 0;
                while (n < len && pos < prefix.length) {
                    b[off + n++] = prefix[pos++];
                }
                java.util.Arrays.fill(b, off + n, off + len, fill);
                return len;
            }
        };
    }

    static List<RawRecord> readAll(RecordReader reader) throws IOException {
        List<RawRecord> records = new ArrayList<>();
        RawRecord r;
        while ((r = reader.next()) != null) {
            records.add(r);
        }
        return records;
    }
}
