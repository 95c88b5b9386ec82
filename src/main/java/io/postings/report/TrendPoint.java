package io.postings.report;

/**
 * One role in one period of a trend.
 *
 * @param period          "2026-05" (month) or "2026-W23" (ISO week)
 * @param start           first day of the period inside the span (yyyy-mm-dd)
 * @param end             last day of the period inside the span
 * @param whole           true when the span covers every day of the period
 * @param postings        the role's postings posted from start to end
 * @param postingsChange  change of postings from the period before; null for the first period
 * @param salary          n and exact median of the US base salaries of those postings (median null when n is 0)
 * @param medianChange    change of the median from the period before; null when either median is
 */
public record TrendPoint(String period, String start, String end, boolean whole, long postings,
        PeriodChange postingsChange, PeriodSalary salary, PeriodChange medianChange) {

    /** A period's US base salaries: how many, and their exact median. */
    public record PeriodSalary(long n, Double median) {
    }
}
