package io.postings.report;

import java.util.List;

/**
 * How many postings a role has per month (METRICS.md section 10).
 *
 * @param months   every calendar month from the first to the last with a dated posting, zeros included
 * @param undated  postings with no readable posted date (in no month)
 * @param perMonth openings per month: the role's postings in the run's whole months over their number
 *                 (METRICS.md section 10, "Openings per month"); null when the run spans no whole month
 * @param whole    the whole months that mean is over, with their postings; null likewise
 */
public record Openings(List<MonthCount> months, long undated, Double perMonth, OpeningsPerMonth whole) {
}
