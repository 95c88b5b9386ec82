package io.postings.generate;

/**
 * A role's disclosed US base pay: log-normal around {@code median} with log-sd
 * {@code spread}, for {@code n} postings per full pass. Salaries are drawn at stratified
 * quantiles (one per rank), and the quantiles within {@link #ANCHOR_BAND} of the middle all
 * post the median itself, as employers posting one common band do: so the role's median is
 * the published one exactly on a full pass, even after rounding the other figures.
 */
record SalaryModel(double median, int n, double spread) {
    /** Half-width, in quantile, of the postings that state exactly the median. */
    static final double ANCHOR_BAND = 0.01;

    boolean isAnchor(double quantile) {
        return Math.abs(quantile - 0.5) < ANCHOR_BAND;
    }

    /** The annual salary at a quantile in (0, 1). */
    double annualAt(double quantile) {
        return isAnchor(quantile) ? median : median * StrictMath.exp(spread * Normal.quantile(quantile));
    }

    /** The quantile of an annual salary outside the anchor band (the inverse of {@link #annualAt}). */
    double quantileOf(double annual) {
        return Normal.cdf(StrictMath.log(annual / median) / spread);
    }
}
