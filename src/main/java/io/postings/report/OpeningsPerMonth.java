package io.postings.report;

/**
 * "About N openings a month": a role's postings over the whole calendar months of the run's
 * date span, divided by their number (METRICS.md section 10, "Openings per month").
 *
 * @param mean      postings / months, exact (not rounded)
 * @param postings  the role's postings posted in those months
 * @param months    whole months in the span (at least 1)
 * @param first     the first whole month (yyyy-mm)
 * @param last      the last whole month (yyyy-mm)
 */
public record OpeningsPerMonth(double mean, long postings, int months, String first, String last) {
}
