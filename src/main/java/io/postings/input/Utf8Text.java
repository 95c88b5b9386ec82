package io.postings.input;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * UTF-8 text out of bytes. Bytes that are not UTF-8 become U+FFFD, as with an
 * InputStreamReader, but are counted, so that readers can report the records they damaged
 * ({@link #replacedIn}) instead of passing them on silently. The JSON reader reads through it,
 * and so does the CSV reader's guess at its dialect; {@link CsvScanner} reads bytes itself.
 */
final class Utf8Text extends Reader {
    private static final char REPLACEMENT = '\uFFFD';

    private final InputStream in;
    private final CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT);
    private final ByteBuffer bytes = ByteBuffer.allocate(1 << 16).flip();
    private final CharBuffer chars = CharBuffer.allocate(1 << 16).flip();
    private boolean eof;
    private boolean flushed;
    private long replaced;
    private long attributed;

    Utf8Text(InputStream in) {
        this.in = in;
    }

    /** Undecodable byte sequences replaced so far. */
    long replaced() {
        return replaced;
    }

    /**
     * When bytes were replaced since the last record that held replacements, the first of these
     * values that holds a U+FFFD (the record's damaged value), else null. Replacements are
     * attributed in reading order, so one read ahead of the current record is not blamed on it.
     */
    String replacedIn(Iterable<String> values) {
        if (attributed >= replaced) {
            return null;
        }
        Holding h = holding(values, REPLACEMENT);
        attributed = Math.min(replaced, attributed + h.count());
        return h.first();
    }

    /** The first value holding {@code c} (or null), and how many times {@code c} stands in them all. */
    private record Holding(String first, long count) {
    }

    private static Holding holding(Iterable<String> values, char c) {
        String first = null;
        long found = 0;
        for (String v : values) {
            if (v == null) {
                continue;
            }
            for (int i = v.indexOf(c); i >= 0; i = v.indexOf(c, i + 1)) {
                found++;
                if (first == null) {
                    first = v;
                }
            }
        }
        return new Holding(first, found);
    }

    @Override
    public int read(char[] buf, int off, int len) throws IOException {
        if (len == 0) {
            return 0;
        }
        if (!chars.hasRemaining() && !fill()) {
            return -1;
        }
        int n = Math.min(len, chars.remaining());
        chars.get(buf, off, n);
        return n;
    }

    /** Decodes at least one character into {@link #chars}; false at the end of the input. */
    private boolean fill() throws IOException {
        chars.clear();
        try {
            while (chars.position() == 0) {
                if (eof && !bytes.hasRemaining()) {
                    if (!flushed) {
                        flushed = true;
                        decoder.decode(bytes, chars, true);
                        decoder.flush(chars);
                    }
                    return chars.position() > 0;
                }
                // At the end of the input the decoder reports a truncated last sequence as malformed.
                CoderResult result = decoder.decode(bytes, chars, eof);
                if (result.isError()) {
                    // One replacement character per malformed sequence, as the JDK's own decoders do.
                    bytes.position(bytes.position() + result.length());
                    chars.put(REPLACEMENT);
                    replaced++;
                } else if (result.isUnderflow() && !eof && chars.position() == 0) {
                    refill();
                }
            }
            return true;
        } finally {
            chars.flip();
        }
    }

    private void refill() throws IOException {
        bytes.compact();
        try {
            byte[] a = bytes.array();
            int from = bytes.position();
            int n = in.read(a, from, bytes.remaining());
            if (n < 0) {
                eof = true;
            } else {
                bytes.position(from + n);
            }
        } finally {
            bytes.flip();
        }
    }

    @Override
    public void close() throws IOException {
        in.close();
    }
}
