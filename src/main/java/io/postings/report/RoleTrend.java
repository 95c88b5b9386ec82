package io.postings.report;

import java.util.List;

/**
 * One role's trend.
 *
 * @param postings          the role's postings (dated or not)
 * @param undated           of them, postings without a posted date (in no period)
 * @param openingsPerMonth  the mean over the span's whole months, or null when the span has none
 * @param periods           one point per period of the span, empty periods included
 */
public record RoleTrend(String role, long postings, long undated, OpeningsPerMonth openingsPerMonth,
        List<TrendPoint> periods) {
}
