package io.postings.report;

import java.util.List;

/**
 * The result of {@code check}: schema {@value #SCHEMA}. A saved report recomputed from its own
 * recorded parameters and compared value by value.
 *
 * @param expected        the saved report's file, as given
 * @param checkedSchema   the saved report's schema
 * @param files           the inputs read for the recomputation
 * @param tolerance       how far shares (absolute) and money (relative) may move; 0 for exact
 * @param values          how many values were compared
 * @param changes         values that differ beyond the tolerance: drift
 * @param withinTolerance values that moved, but no more than the tolerance allows
 * @param notes           differences that are not numbers of the report (taxonomy versions)
 */
public record CheckReport(
        String schema,
        String expected,
        String checkedSchema,
        List<String> files,
        double tolerance,
        long values,
        List<Change> changes,
        List<Change> withinTolerance,
        List<Change> notes) {

    public static final String SCHEMA = "postings.check/1";

    public boolean drifted() {
        return !changes.isEmpty();
    }
}
