package io.postings.input;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/** Bytes collected across refills: a cell longer than what the buffer held, or a record's text. */
final class ByteSpill {
    private byte[] bytes = new byte[256];
    private int length;

    void clear() {
        length = 0;
    }

    void append(byte b) {
        room(1);
        bytes[length++] = b;
    }

    void append(byte[] from, int start, int count) {
        room(count);
        System.arraycopy(from, start, bytes, length, count);
        length += count;
    }

    private void room(int more) {
        if (length + more > bytes.length) {
            bytes = Arrays.copyOf(bytes, Math.max(length + more, bytes.length * 2));
        }
    }

    /** The array the bytes are in (from 0, {@link #length()} of them): read, never kept. */
    byte[] bytes() {
        return bytes;
    }

    int length() {
        return length;
    }

    String decode() {
        return new String(bytes, 0, length, StandardCharsets.UTF_8);
    }
}
