package io.postings.engine.aggregate;

import java.io.DataInput;
import java.io.DataOutput;
import java.io.IOException;
import java.util.Arrays;

/**
 * An exact multiset of doubles kept as a count per distinct value, so exact medians merge
 * without holding one entry per posting (salaries repeat: a role has far fewer distinct
 * salaries than postings). Open addressing over the values' bits: no boxing per posting.
 */
public final class ValueCounts {
    /** A NaN bit pattern doubleToLongBits never returns (it folds every NaN to 0x7ff8...0), so no value is ever "free". */
    private static final long FREE = 0xFFF8_0000_0000_0001L;
    /**
     * Slot i is the pair (value bits, count) at 2i and 2i + 1: a lookup touches one cache
     * line, where separate key and count arrays cost two misses per posting in a large table.
     */
    private long[] slots = newSlots(16);
    private int distinct;
    private long size;

    public void add(double value) {
        add(Double.doubleToLongBits(value), 1);
        size++;
    }

    public void merge(ValueCounts other) {
        long[] theirs = other.slots;
        for (int i = 0; i < theirs.length; i += 2) {
            if (theirs[i] != FREE) {
                add(theirs[i], theirs[i + 1]);
            }
        }
        size += other.size;
    }

    private void add(long bits, long count) {
        if ((distinct + 1) * 4 > slots.length) {
            grow();
        }
        long[] t = slots;
        int mask = (t.length >>> 1) - 1;
        int i = slot(bits) & mask;
        long k;
        while ((k = t[2 * i]) != FREE && k != bits) {
            i = (i + 1) & mask;
        }
        if (k == FREE) {
            t[2 * i] = bits;
            distinct++;
        }
        t[2 * i + 1] += count;
    }

    private void grow() {
        long[] old = slots;
        slots = newSlots(old.length);
        distinct = 0;
        for (int i = 0; i < old.length; i += 2) {
            if (old[i] != FREE) {
                add(old[i], old[i + 1]);
            }
        }
    }

    /** A table of {@code n} slots ({@code 2n} longs), every key free. */
    private static long[] newSlots(int n) {
        long[] t = new long[2 * n];
        for (int i = 0; i < t.length; i += 2) {
            t[i] = FREE;
        }
        return t;
    }

    /**
     * Every bit of the value mixed into the low bits the table uses (MurmurHash3's finalizer):
     * salaries are round numbers whose doubles differ only in a few high mantissa bits, and a
     * single multiply left them in a handful of slots, with long probe runs.
     */
    private static int slot(long bits) {
        long h = bits;
        h ^= h >>> 33;
        h *= 0xff51afd7ed558ccdL;
        h ^= h >>> 33;
        h *= 0xc4ceb9fe1a85ec53L;
        h ^= h >>> 33;
        return (int) h;
    }

    public long size() {
        return size;
    }

    /** Every value, repeated by its count, in ascending order. */
    public double[] sorted() {
        double[] values = new double[distinct];
        int j = 0;
        for (int i = 0; i < slots.length; i += 2) {
            if (slots[i] != FREE) {
                values[j++] = Double.longBitsToDouble(slots[i]);
            }
        }
        Arrays.sort(values);
        double[] out = new double[Math.toIntExact(size)];
        int at = 0;
        for (double v : values) {
            long c = countOf(Double.doubleToLongBits(v));
            for (long k = 0; k < c; k++) {
                out[at++] = v;
            }
        }
        return out;
    }

    /** The state in binary: each distinct value with its count. */
    public void writeTo(DataOutput out) throws IOException {
        out.writeInt(distinct);
        for (int i = 0; i < slots.length; i += 2) {
            if (slots[i] != FREE) {
                out.writeLong(slots[i]);
                out.writeLong(slots[i + 1]);
            }
        }
    }

    public static ValueCounts readFrom(DataInput in) throws IOException {
        ValueCounts values = new ValueCounts();
        int n = in.readInt();
        for (int i = 0; i < n; i++) {
            long bits = in.readLong();
            long count = in.readLong();
            values.add(bits, count);
            values.size += count;
        }
        return values;
    }

    private long countOf(long bits) {
        int mask = (slots.length >>> 1) - 1;
        int i = slot(bits) & mask;
        while (slots[2 * i] != bits) {
            i = (i + 1) & mask;
        }
        return slots[2 * i + 1];
    }
}
