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
    private long[] keys = newKeys(16);
    private long[] counts = new long[16];
    private int distinct;
    private long size;

    public void add(double value) {
        add(Double.doubleToLongBits(value), 1);
        size++;
    }

    public void merge(ValueCounts other) {
        for (int i = 0; i < other.keys.length; i++) {
            if (other.keys[i] != FREE) {
                add(other.keys[i], other.counts[i]);
            }
        }
        size += other.size;
    }

    private void add(long bits, long count) {
        if ((distinct + 1) * 2 > keys.length) {
            grow();
        }
        int mask = keys.length - 1;
        int i = slot(bits) & mask;
        while (keys[i] != FREE && keys[i] != bits) {
            i = (i + 1) & mask;
        }
        if (keys[i] == FREE) {
            keys[i] = bits;
            distinct++;
        }
        counts[i] += count;
    }

    private void grow() {
        long[] oldKeys = keys;
        long[] oldCounts = counts;
        keys = newKeys(oldKeys.length * 2);
        counts = new long[oldKeys.length * 2];
        distinct = 0;
        for (int i = 0; i < oldKeys.length; i++) {
            if (oldKeys[i] != FREE) {
                add(oldKeys[i], oldCounts[i]);
            }
        }
    }

    private static long[] newKeys(int n) {
        long[] k = new long[n];
        Arrays.fill(k, FREE);
        return k;
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
        for (long bits : keys) {
            if (bits != FREE) {
                values[j++] = Double.longBitsToDouble(bits);
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
        for (int i = 0; i < keys.length; i++) {
            if (keys[i] != FREE) {
                out.writeLong(keys[i]);
                out.writeLong(counts[i]);
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
        int mask = keys.length - 1;
        int i = slot(bits) & mask;
        while (keys[i] != bits) {
            i = (i + 1) & mask;
        }
        return counts[i];
    }
}
