package io.postings.engine;

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
