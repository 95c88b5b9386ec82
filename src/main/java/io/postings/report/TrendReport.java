package io.postings.report;

import java.util.List;

/**
 * The result of {@code trend}: schema {@value #SCHEMA}.
 *
 * @param by     month or week (ISO weeks, Monday to Sunday)
 * @param span   the dates the periods cover: the window where it is set, else the postings' first
 *               and last date; null when no posting has a date
 * @param roles  the roles asked for, in the order given
 */
public record TrendReport(String schema, String by, Parameters parameters, InputSummary input, DateSpan span,
        List<RoleTrend> roles, TaxonomyVersions taxonomy) {

    public static final String SCHEMA = "postings.trend/1";
}
