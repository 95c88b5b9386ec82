package io.postings.generate;

import java.util.List;

/**
 * SplitMix64, written out here rather than borrowed from the JDK so that a seed means the
 * same stream of numbers on every Java version: the generator's output is promised
 * byte-identical per seed.
 */
final class Rng {
    private long state;

    Rng(long seed) {
        this.state = seed;
    }

    long nextLong() {
        long z = state += 0x9E3779B97F4A7C15L;
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }

    /** Uniform in [0, 1). */
    double nextDouble() {
        return (nextLong() >>> 11) * 0x1.0p-53;
    }

    /** Uniform in [0, bound) for 0 < bound < 2^31 (multiply-shift; the bias is below 2^-32). */
    int nextInt(int bound) {
        return (int) (((nextLong() >>> 32) * bound) >>> 32);
    }

    boolean chance(double probability) {
        return nextDouble() < probability;
    }

    /** An index in [0, size) that favours the front: lists are written most common first. */
    int front(int size) {
        return (int) (size * StrictMath.pow(nextDouble(), 1.6));
    }

    <T> T pick(List<T> items) {
        return items.get(nextInt(items.size()));
    }

    /** Standard normal deviate, by inversion so that one draw is one number of the stream. */
    double gaussian() {
        return Normal.quantile(((nextLong() >>> 11) + 0.5) * 0x1.0p-53);
    }
}
