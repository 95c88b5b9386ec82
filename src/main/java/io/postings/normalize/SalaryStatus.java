package io.postings.normalize;

import io.postings.input.ProblemKind;

/**
 * What became of a posting's salary. Only {@link #VALID} salaries enter S(R); every other
 * status except {@link #NONE} is a salary that was stated but excluded, counted by reason.
 */
public enum SalaryStatus {
    /** No salary stated. */
    NONE,
    /** A valid annual US base salary in USD. */
    VALID,
    /** Stated, but the text could not be read as a figure. */
    UNPARSEABLE,
    /** The source's own estimate, not disclosed pay (kept only with --include-estimated). */
    ESTIMATED,
    /** Stated for a posting outside the US (or with no known country). */
    NOT_US,
    /** A US posting whose salary is in another currency. */
    NOT_USD,
    /** Annualized figure outside 10,000 to 1,000,000. */
    OUT_OF_RANGE;

    public String key() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }

    /** The problem a stated salary left out for this status is counted as ({@code <key>_salary}). */
    public ProblemKind excluded() {
        return switch (this) {
            case UNPARSEABLE -> ProblemKind.UNPARSEABLE_SALARY;
            case ESTIMATED -> ProblemKind.ESTIMATED_SALARY;
            case NOT_US -> ProblemKind.NOT_US_SALARY;
            case NOT_USD -> ProblemKind.NOT_USD_SALARY;
            case OUT_OF_RANGE -> ProblemKind.OUT_OF_RANGE_SALARY;
            case NONE, VALID -> throw new IllegalStateException(key() + " is no excluded salary");
        };
    }
}
