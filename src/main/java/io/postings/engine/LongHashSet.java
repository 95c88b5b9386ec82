package io.postings.engine;

/**
 * An open-addressing set of longs (no boxing): de-duplication keeps one 64-bit hash per
 * distinct posting, eight bytes and change instead of a String per row.
 */
final class LongHashSet {
    private static final long EMPTY = 0L;
    private long[] slots = new long[1 << 12];
    private int size;
    private boolean hasZero;

    /** Adds the value; true when it was not there yet. */
    boolean add(long value) {
        if (value == EMPTY) {
            boolean added = !hasZero;
            hasZero = true;
            return added;
        }
        if ((size + 1) * 4L > slots.length * 3L) {
            grow();
        }
        if (insert(slots, value)) {
            size++;
            return true;
        }
        return false;
    }

    private static boolean insert(long[] table, long value) {
        int mask = table.length - 1;
        int i = (int) mix(value) & mask;
        while (table[i] != EMPTY) {
            if (table[i] == value) {
                return false;
            }
            i = (i + 1) & mask;
        }
        table[i] = value;
        return true;
    }

    private void grow() {
        long[] bigger = new long[slots.length * 2];
        for (long v : slots) {
            if (v != EMPTY) {
                insert(bigger, v);
            }
        }
        slots = bigger;
    }

    private static long mix(long x) {
        x ^= x >>> 33;
        x *= 0xff51afd7ed558ccdL;
        x ^= x >>> 33;
        return x;
    }
}
