package io.postings.input;

import java.io.IOException;
import java.io.Reader;

/**
 * Characters with a look at what comes next: the first non-blank character, or one line at a
 * time with a cap on its length (an over-long line is cut, never held whole). What was not
 * taken as a line is still there for {@link #read}, so a caller can switch to a streaming
 * parser at any point.
 */
final class LineSource extends Reader {
    /** One line, without its line break; {@code complete} is false when it was cut at the cap. */
    record Line(String text, boolean complete) {
    }

    private final Reader in;
    private final char[] buf = new char[1 << 16];
    private int pos;
    private int limit;
    private long line = 1;

    LineSource(Reader in) {
        this.in = in;
    }

    /** The 1-based line of the next character. */
    long line() {
        return line;
    }

    /** Skips JSON whitespace (counting lines) and returns the next character unread, or -1 at the end. */
    int peekNonBlank() throws IOException {
        while (fill()) {
            char c = buf[pos];
            if (c == '\n') {
                line++;
            } else if (c != ' ' && c != '\t' && c != '\r') {
                return c;
            }
            pos++;
        }
        return -1;
    }

    /**
     * The rest of the current line, at most {@code max} characters. When the line is longer,
     * the text is its first {@code max} characters and the rest of the line is left unread.
     */
    Line readLine(int max) throws IOException {
        StringBuilder text = new StringBuilder();
        while (fill()) {
            int end = pos;
            while (end < limit && buf[end] != '\n') {
                end++;
            }
            int room = max - text.length();
            if (end - pos > room) {
                text.append(buf, pos, room);
                pos += room;
                return new Line(text.toString(), false);
            }
            text.append(buf, pos, end - pos);
            if (end < limit) {
                pos = end + 1;
                line++;
                return new Line(stripCr(text), true);
            }
            pos = limit;
        }
        return new Line(stripCr(text), true);
    }

    /** Skips to the start of the next line. */
    void skipLine() throws IOException {
        while (fill()) {
            char c = buf[pos++];
            if (c == '\n') {
                line++;
                return;
            }
        }
    }

    private static String stripCr(StringBuilder text) {
        int n = text.length();
        return n > 0 && text.charAt(n - 1) == '\r' ? text.substring(0, n - 1) : text.toString();
    }

    private boolean fill() throws IOException {
        if (pos < limit) {
            return true;
        }
        int n = in.read(buf, 0, buf.length);
        if (n <= 0) {
            return false;
        }
        pos = 0;
        limit = n;
        return true;
    }

    @Override
    public int read(char[] out, int off, int len) throws IOException {
        if (len == 0) {
            return 0;
        }
        if (pos < limit) {
            int n = Math.min(len, limit - pos);
            System.arraycopy(buf, pos, out, off, n);
            pos += n;
            return n;
        }
        return in.read(out, off, len);
    }

    @Override
    public void close() throws IOException {
        in.close();
    }
}
