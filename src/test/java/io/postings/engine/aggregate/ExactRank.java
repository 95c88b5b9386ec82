package io.postings.engine.aggregate;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.MathContext;

/**
 * The rank j of the median's confidence interval [x(j), x(n-j+1)] (docs/METRICS.md), computed
 * apart from {@link OrderStatistics}: in exact arithmetic, for the tests that hold the engine to it.
 */
public final class ExactRank {
    private ExactRank() {
    }

    /** Largest j >= 1 with P(X <= j-1) <= 0.025 for X ~ Binomial(n, 1/2), in exact arithmetic; 0 when none. */
    public static int of(long n) {
        BigDecimal total = new BigDecimal(BigInteger.TWO.pow(Math.toIntExact(n)));
        BigDecimal limit = new BigDecimal("0.025");
        BigInteger cumulative = BigInteger.ZERO;
        BigInteger choose = BigInteger.ONE;
        int best = 0;
        for (int k = 0; k <= n; k++) {
            cumulative = cumulative.add(choose);
            if (new BigDecimal(cumulative).divide(total, MathContext.DECIMAL128).compareTo(limit) > 0) {
                break;
            }
            best = k + 1;
            choose = choose.multiply(BigInteger.valueOf(n - k)).divide(BigInteger.valueOf(k + 1));
        }
        return best;
    }
}
