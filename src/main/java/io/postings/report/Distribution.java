package io.postings.report;

/**
 * The spread of a role's US base salaries (METRICS.md section 10): nearest-rank percentiles
 * around the exact median. The typical range is p25 to p75.
 */
public record Distribution(double p10, double p25, double median, double p75, double p90) {
}
