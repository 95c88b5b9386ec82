package io.postings.report;

/**
 * Median US base salary of a role: S(R) of docs/METRICS.md section 4.
 *
 * @param n        postings with a valid US base salary
 * @param median   exact median, or null when n is 0
 * @param interval 95% interval of the median, or null when n &lt;= 5
 * @param coverage n / postings(R)
 */
public record SalarySummary(long n, Double median, Interval interval, double coverage) {
}
