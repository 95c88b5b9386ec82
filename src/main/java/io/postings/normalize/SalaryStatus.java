package io.postings.normalize;

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
}
