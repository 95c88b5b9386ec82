package io.postings.report;

/**
 * A count out of a denominator; {@code share} is {@code count / of} as a double (JSON
 * carries it exactly as that division), and renderers round from the integers.
 */
public record Share(String key, long count, long of, double share) {

    public static Share of(String key, long count, long of) {
        return new Share(key, count, of, of == 0 ? 0.0 : (double) count / of);
    }
}
