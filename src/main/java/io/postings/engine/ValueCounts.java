package io.postings.engine;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;

/**
 * An exact multiset of doubles kept as a count per distinct value, so exact medians merge
 * without holding one entry per posting (salaries repeat: a role has far fewer distinct
 * salaries than postings).
 */
public final class ValueCounts {
    private final Map<Double, long[]> counts = new HashMap<>();
    private long size;

    public void add(double value) {
        counts.computeIfAbsent(value, v -> new long[1])[0]++;
        size++;
    }

    public void merge(ValueCounts other) {
        other.counts.forEach((value, c) -> counts.computeIfAbsent(value, v -> new long[1])[0] += c[0]);
        size += other.size;
    }

    public long size() {
        return size;
    }

    /** Every value, repeated by its count, in ascending order. */
    public double[] sorted() {
        double[] keys = distinct();
        double[] out = new double[Math.toIntExact(size)];
        int i = 0;
        for (double k : keys) {
            long c = counts.get(k)[0];
            for (long j = 0; j < c; j++) {
                out[i++] = k;
            }
        }
        return out;
    }

    private double[] distinct() {
        double[] keys = new double[counts.size()];
        int i = 0;
        for (Double k : counts.keySet()) {
            keys[i++] = k;
        }
        Arrays.sort(keys);
        return keys;
    }
}
