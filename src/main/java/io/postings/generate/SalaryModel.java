package io.postings.generate;

/**
 * A role's disclosed US base pay: log-normal around {@code median} with log-sd
 * {@code spread}, for {@code n} postings per full pass. Salaries are drawn at stratified
 * quantiles (one per rank), and the few middle ranks all post the median itself, as
 * employers posting one common band do: so the role's median is the published one exactly on
 * a full pass, even after rounding the other figures.
 */
record SalaryModel(double median, int n, double spread) {
    /**
     * Half-width, in quantile, of the postings that state exactly the median: small, so that
     * confidence intervals and skill medians do not stick to it, but never less than the two
     * middle ranks (an even n's median is their mean).
     */
    static final double ANCHOR_BAND = 0.0025;

    boolean isAnchor(double quantile) {
        return Math.abs(quantile - 0.5) < Math.max(ANCHOR_BAND, 1.0 / n);
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
