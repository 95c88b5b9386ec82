package io.postings.engine.aggregate;

import java.io.DataInput;
import java.io.DataOutput;
import java.io.IOException;

/**
 * A count per distinct text (a role's employers), by open addressing: a hash map's node and
 * boxed count per employer cost three cache misses a posting in a table of hundreds of
 * thousands, and were the largest part of the aggregating thread (docs/performance.md). The
 * reader hands over one String per distinct cell value, so a lookup is mostly an identity test.
 */
final class StringCounts {
    private String[] keys = new String[16];
    /** Slot i's key hash at 2i and its count at 2i + 1, on one cache line. */
    private long[] hashAndCount = new long[32];
    private int size;

    /** Told each text and its count. */
    interface Visitor {
        void visit(String key, long count);
    }

    void add(String key, long count) {
        if ((size + 1) * 2 > keys.length) {
            grow();
        }
        int h = key.hashCode();
        int mask = keys.length - 1;
        int i = spread(h) & mask;
        String k;
        while ((k = keys[i]) != null) {
            if (k == key || (hashAndCount[2 * i] == h && k.equals(key))) {
                hashAndCount[2 * i + 1] += count;
                return;
            }
            i = (i + 1) & mask;
        }
        keys[i] = key;
        hashAndCount[2 * i] = h;
        hashAndCount[2 * i + 1] = count;
        size++;
    }

    void addAll(StringCounts other) {
        other.forEach(this::add);
    }

    int size() {
        return size;
    }

    void forEach(Visitor visitor) {
        for (int i = 0; i < keys.length; i++) {
            if (keys[i] != null) {
                visitor.visit(keys[i], hashAndCount[2 * i + 1]);
            }
        }
    }

    /** As {@link Wire#writeCounts}: the number of texts, then each text and its count. */
    void writeTo(DataOutput out) throws IOException {
        out.writeInt(size);
        for (int i = 0; i < keys.length; i++) {
            if (keys[i] != null) {
                Wire.writeString(out, keys[i]);
                out.writeLong(hashAndCount[2 * i + 1]);
            }
        }
    }

    void readFrom(DataInput in) throws IOException {
        int n = in.readInt();
        for (int i = 0; i < n; i++) {
            add(Wire.readString(in), in.readLong());
        }
    }

    private void grow() {
        String[] oldKeys = keys;
        long[] old = hashAndCount;
        keys = new String[oldKeys.length * 2];
        hashAndCount = new long[old.length * 2];
        size = 0;
        for (int i = 0; i < oldKeys.length; i++) {
            if (oldKeys[i] != null) {
                add(oldKeys[i], old[2 * i + 1]);
            }
        }
    }

    /** Fibonacci hashing, folded: the table's low index bits from all of the hash's bits. */
    private static int spread(int h) {
        int x = h * 0x9E3779B9;
        return x ^ (x >>> 16);
    }
}
