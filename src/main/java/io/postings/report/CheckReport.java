package io.postings.report;

import java.util.List;

/**
 * The result of {@code check}: schema {@value #SCHEMA}. A saved report recomputed from its own
 * recorded parameters and compared value by value.
 *
 * @param expected             the saved report's file, as given
 * @param checkedSchema        the saved report's schema
 * @param files                the inputs read for the recomputation
 * @param tolerance            --tolerance: shares absolute, money and ratios relative; 0 for exact
 * @param moneyTolerance       --money-tolerance in dollars, null when not given
 * @param countTolerance       --count-tolerance, null when not given
 * @param shareTolerancePoints --share-tolerance in percentage points, null when not given
 * @param only                 the paths pinned by --only or --checks; null when every value is checked
 * @param values               how many values were compared
 * @param changes              values that differ beyond the tolerance: drift
 * @param withinTolerance      values that moved, but no more than the tolerance allows
 * @param notes                differences that are not numbers of the report: taxonomy versions, the tool's
 *                             version, the inputs' sizes and checksums (a new dump)
 */
public record CheckReport(
        String schema,
        String expected,
        String checkedSchema,
        List<String> files,
        double tolerance,
        Double moneyTolerance,
        Double countTolerance,
        Double shareTolerancePoints,
        List<String> only,
        long values,
        List<Change> changes,
        List<Change> withinTolerance,
        List<Change> notes) {

    /** /2: the values of a change are JSON numbers (were strings in /1); tolerances by kind and --only added. */
    public static final String SCHEMA = "postings.check/2";

    public boolean drifted() {
        return !changes.isEmpty();
    }

    /** True when the inputs read are not the bytes the report was made from: a new dump, not a drift of the same one. */
    public boolean newInputs() {
        return notes.stream().anyMatch(c -> c.path().startsWith("input.sources"));
    }
}
