package io.postings.report;

/**
 * Median US base salary of a role: S(R) of docs/METRICS.md section 4.
 *
 * @param n            postings with a valid US base salary
 * @param median       exact median, or null when n is 0
 * @param interval     95% interval of the median, or null when n &lt;= 5
 * @param coverage     n / postings(R)
 * @param distribution p10, p25, median, p75, p90 of S(R), or null when n is 0
 */
public record SalarySummary(long n, Double median, Interval interval, double coverage, Distribution distribution) {

    /** A summary without its distribution (records built by hand, such as skill lines). */
    public SalarySummary(long n, Double median, Interval interval, double coverage) {
        this(n, median, interval, coverage, null);
    }
}
