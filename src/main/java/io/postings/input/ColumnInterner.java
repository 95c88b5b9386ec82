package io.postings.input;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * One String per distinct value of a column: the titles, companies and skill lists a dump
 * repeats millions of times are made once, and reach the normalizers' memos and the
 * aggregates equal by identity. A column whose values mostly differ (ids, dates) is given up
 * after a trial.
 *
 * <p>Looked up by the cell's UTF-8 bytes, before any String is made: a hash of eight bytes at
 * a time, compared in a table of hashes, then the bytes themselves (kept beside each value);
 * the kept Strings are not touched until one is returned. A per-byte String hash and a probe
 * that read each kept String's own hash were a third of the reading thread.
 */
final class ColumnInterner {
    private static final int TRIAL = 8192;
    private static final int CAPACITY = 1 << 15;
    private static final int MAX_LENGTH = 128;
    private static final VarHandle LONGS = MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);

    /** Slot i: the value, its UTF-8 bytes and their hash (0: empty; a hash of 0 is kept as 1). */
    private String[] values = new String[1 << 8];
    private byte[][] bytes = new byte[1 << 8][];
    private int[] hashes = new int[1 << 8];
    private int size;
    private int looked;
    private int found;
    private boolean off;

    /** Interns nothing: for the columns past those {@link CsvScanner} interns. */
    static final ColumnInterner NONE = new ColumnInterner();

    static {
        NONE.giveUp();
    }

    /**
     * The text of a cell's bytes: {@code ascii} says they are all ASCII, so they are the
     * characters as they are; otherwise they are decoded (bytes that are not UTF-8 becoming
     * U+FFFD). Made only when the column has not held these bytes before.
     */
    String string(byte[] buf, int start, int length, boolean ascii) {
        if (off || length > MAX_LENGTH) {
            return make(buf, start, length, ascii);
        }
        int h = hash(buf, start, length);
        int mask = hashes.length - 1;
        int slot = slot(h, mask);
        int kept;
        while ((kept = hashes[slot]) != 0) {
            if (kept == h && Arrays.equals(bytes[slot], 0, bytes[slot].length, buf, start, start + length)) {
                String value = values[slot];
                found++;
                count();
                return value;
            }
            slot = (slot + 1) & mask;
        }
        String made = make(buf, start, length, ascii);
        if (size < CAPACITY) {
            hashes[slot] = h;
            bytes[slot] = Arrays.copyOfRange(buf, start, start + length);
            values[slot] = made;
            if (++size * 2 > hashes.length) {
                grow();
            }
        }
        count();
        return made;
    }

    private static String make(byte[] buf, int start, int length, boolean ascii) {
        return new String(buf, start, length, ascii ? StandardCharsets.ISO_8859_1 : StandardCharsets.UTF_8);
    }

    private void count() {
        if (++looked == TRIAL && found < TRIAL / 2) {
            giveUp();
        }
    }

    private void giveUp() {
        off = true;
        values = null;
        bytes = null;
        hashes = null;
    }

    /**
     * Eight bytes a step (a String's hash takes one, each waiting on the last); never 0, which
     * marks an empty slot.
     */
    static int hash(byte[] b, int start, int length) {
        long h = length;
        int i = start;
        int end = start + length;
        for (; i + 8 <= end; i += 8) {
            h = (h ^ (long) LONGS.get(b, i)) * 0x9E3779B97F4A7C15L;
            h ^= h >>> 32;
        }
        long tail = 0;
        for (; i < end; i++) {
            tail = tail << 8 | (b[i] & 0xFF);
        }
        h = (h ^ tail) * 0x9E3779B97F4A7C15L;
        int folded = (int) (h ^ (h >>> 32));
        return folded == 0 ? 1 : folded;
    }

    /**
     * Fibonacci hashing: the table's index from all of the hash's bits, so that similar values
     * (dates, amounts) do not fill runs of neighbouring slots that every lookup probes through.
     */
    private static int slot(int h, int mask) {
        return (int) (((h * 0x9E3779B97F4A7C15L) >>> 32) & mask);
    }

    private void grow() {
        String[] oldValues = values;
        byte[][] oldBytes = bytes;
        int[] oldHashes = hashes;
        int n = oldHashes.length * 2;
        values = new String[n];
        bytes = new byte[n][];
        hashes = new int[n];
        int mask = n - 1;
        for (int i = 0; i < oldHashes.length; i++) {
            if (oldHashes[i] != 0) {
                int slot = slot(oldHashes[i], mask);
                while (hashes[slot] != 0) {
                    slot = (slot + 1) & mask;
                }
                hashes[slot] = oldHashes[i];
                bytes[slot] = oldBytes[i];
                values[slot] = oldValues[i];
            }
        }
    }
}
