package io.postings.report;

import java.util.List;

/**
 * The salary gap between A and B with seniority held fixed (METRICS.md section 10): each
 * role's level medians weighted by the pooled level mix of both roles' salaried postings.
 *
 * @param levels        the levels compared: those where both roles have a valid US base salary
 * @param n             pooled salaried postings of A and B at those levels (the weights' denominator)
 * @param standardizedA sum over levels of (nA + nB) * medianA(level), over n
 * @param standardizedB the same for B
 * @param usd           standardizedA - standardizedB, signed
 * @param pct           |usd| over the lower standardized median
 */
public record AdjustedGap(List<String> levels, long n, double standardizedA, double standardizedB, double usd,
        double pct) {
}
