package io.postings.engine.pass;

/**
 * An open-addressing set of longs (no boxing): de-duplication keeps one 64-bit hash per
 * distinct posting, eight bytes and change instead of a String per row.
 *
 * <p>Sized for tens of millions of values in a small heap (a 10-million-row dump runs with
 * -Xmx256m): the values are spread over {@value #SEGMENTS} segments by their top bits, and
 * each segment grows on its own, up to a load of 0.85: doubling while it is small, then by a
 * quarter of its size. One table doubling at once would need the old and the new array
 * together (three times the data at the moment of growth: 190 MB at 8 million values, more
 * than the rest of the state); here, past two million values, the slots stay within 1.18 to
 * 1.5 times the data (94 MB at 10 million), growth copies one small segment, and no array is
 * large enough to be a humongous object for G1.
 */
final class LongHashSet {
    private static final int SEGMENT_BITS = 10;
    static final int SEGMENTS = 1 << SEGMENT_BITS;
    private static final long EMPTY = 0L;
    /** Slots below which a segment doubles when it grows. */
    private static final int SMALL = 2048;

    private final Segment[] segments = new Segment[SEGMENTS];
    private boolean hasZero;
    /** What {@link #touch} read, folded; never used. */
    private long touched;

    LongHashSet() {
        for (int i = 0; i < SEGMENTS; i++) {
            segments[i] = new Segment();
        }
    }

    /** Adds the value; true when it was not there yet. */
    boolean add(long value) {
        if (value == EMPTY) {
            boolean added = !hasZero;
            hasZero = true;
            return added;
        }
        long h = mix(value);
        return segments[(int) (h >>> (64 - SEGMENT_BITS))].add(value, h);
    }

    /**
     * Reads the slot {@code value} maps to, changing nothing: a batch of these, one after the
     * other, has its cache misses in flight together, so the {@link #add}s that follow wait for
     * none. The slot's content is folded into a field only so that the read is not optimized away.
     */
    void touch(long value) {
        long h = mix(value);
        Segment s = segments[(int) (h >>> (64 - SEGMENT_BITS))];
        touched ^= s.slots[(int) (((h & 0xFFFF_FFFFL) * s.capacity) >>> 32)];
    }

    /** Values held. */
    long size() {
        long n = hasZero ? 1 : 0;
        for (Segment s : segments) {
            n += s.size;
        }
        return n;
    }

    private static final class Segment {
        private long[] slots = new long[16];
        /**
         * slots.length, kept beside size: read from the array, the length waits for a cache miss
         * on the array's header before the slot's address is known, and the two misses queue up.
         */
        private int capacity = 16;
        private int size;

        boolean add(long value, long h) {
            if ((size + 1) * 20L > capacity * 17L) {
                grow();
            }
            if (insert(slots, capacity, value, h)) {
                size++;
                return true;
            }
            return false;
        }

        private void grow() {
            // Doubling while a segment is small (up to 16 KiB, 16 MiB over all segments), so
            // that a million values are not copied five times over; a quarter at a time beyond,
            // where the memory matters.
            long[] bigger = new long[capacity < SMALL ? capacity * 2 : capacity + (capacity >> 2)];
            for (long v : slots) {
                if (v != EMPTY) {
                    insert(bigger, bigger.length, v, mix(v));
                }
            }
            slots = bigger;
            capacity = bigger.length;
        }

        /** Linear probing from the slot the hash's low 32 bits map to (multiply-shift: any table size). */
        private static boolean insert(long[] table, int n, long value, long h) {
            int i = (int) (((h & 0xFFFF_FFFFL) * n) >>> 32);
            while (table[i] != EMPTY) {
                if (table[i] == value) {
                    return false;
                }
                if (++i == n) {
                    i = 0;
                }
            }
            table[i] = value;
            return true;
        }
    }

    /** The hash whose top bits choose the segment; package-private so tests can crowd one segment. */
    static long mix(long x) {
        x ^= x >>> 33;
        x *= 0xff51afd7ed558ccdL;
        x ^= x >>> 33;
        return x;
    }
}
