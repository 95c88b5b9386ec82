package io.postings.engine;

import io.postings.report.Distribution;
import io.postings.report.Interval;
import org.apache.commons.math3.distribution.BinomialDistribution;

/** Exact medians and their distribution-free confidence intervals (docs/METRICS.md sections 4 and 8). */
public final class OrderStatistics {
    private static final double TAIL = 0.025;

    private OrderStatistics() {
    }

    /** The exact median of ascending values; for an even count the mean of the two middle values. */
    public static double median(double[] sorted) {
        int n = sorted.length;
        if (n == 0) {
            throw new IllegalArgumentException("median of no values");
        }
        return n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
    }

    /**
     * The nearest-rank percentile of ascending values (METRICS.md section 10): the value at
     * 1-based rank ceil(p * n / 100), at least 1, in integer arithmetic so SQL reproduces it.
     */
    public static double percentile(double[] sorted, int p) {
        int n = sorted.length;
        if (n == 0) {
            throw new IllegalArgumentException("percentile of no values");
        }
        if (p < 1 || p > 100) {
            throw new IllegalArgumentException("percentile " + p + " outside 1..100");
        }
        long rank = ((long) p * n + 99) / 100;
        return sorted[(int) Math.max(1, rank) - 1];
    }

    /** p10, p25, the exact median, p75 and p90 of ascending values; null when there are none. */
    public static Distribution distribution(double[] sorted) {
        if (sorted.length == 0) {
            return null;
        }
        return new Distribution(percentile(sorted, 10), percentile(sorted, 25), median(sorted),
                percentile(sorted, 75), percentile(sorted, 90));
    }

    /**
     * The 95% interval [x(j), x(n-j+1)] for the largest j &gt;= 1 with P(X &lt;= j-1) &lt;= 0.025,
     * X ~ Binomial(n, 1/2); null when no such j exists (n &lt;= 5).
     */
    public static Interval medianInterval(double[] sorted) {
        int j = intervalRank(sorted.length);
        return j == 0 ? null : new Interval(sorted[j - 1], sorted[sorted.length - j]);
    }

    /** The j of {@link #medianInterval}, or 0 when there is none. */
    static int intervalRank(int n) {
        if (n == 0) {
            return 0;
        }
        BinomialDistribution x = new BinomialDistribution(null, n, 0.5);
        if (x.cumulativeProbability(0) > TAIL) {
            return 0;
        }
        // P(X <= j-1) grows with j: find the largest j that still satisfies it.
        int lo = 1;
        int hi = n / 2 + 1;
        while (lo < hi) {
            int mid = (lo + hi + 1) >>> 1;
            if (x.cumulativeProbability(mid - 1) <= TAIL) {
                lo = mid;
            } else {
                hi = mid - 1;
            }
        }
        return lo;
    }
}
