package io.postings.report;

/**
 * baseline(A) - baseline(B) (signed), its size relative to the lower baseline, and the
 * two-sided Mann-Whitney U p-value of S(A) against S(B).
 */
public record SalaryGap(double usd, double pct, Double pValue) {
}
