package io.postings.normalize;

import io.postings.report.Parameters;

/**
 * docs/METRICS.md section 4: from what a row states about pay to a valid annual US base salary
 * in USD, or the reason it is not one.
 */
public final class SalaryRules {
    public static final double MIN_ANNUAL = Parameters.MIN_ANNUAL_SALARY;
    public static final double MAX_ANNUAL = Parameters.MAX_ANNUAL_SALARY;

    private final int hoursPerYear;
    private final boolean includeEstimated;

    public SalaryRules(int hoursPerYear, boolean includeEstimated) {
        this.hoursPerYear = hoursPerYear;
        this.includeEstimated = includeEstimated;
    }

    /**
     * The outcome for one posting: a status, when VALID the annual figure, and where the
     * stated salary came from (null when none was stated, or when not known to the rules).
     *
     * @param stated a salary that is not counted, in the row's words, for the examples of its
     *               exclusion: the value that could not be read (UNPARSEABLE), else the figures,
     *               text, currency and period as stated ("50000-60000 EUR/year"); null for
     *               NONE and VALID
     */
    public record Outcome(SalaryStatus status, double annual, SalarySource source, String localCurrency,
            double localAnnual, String stated) {
        static final Outcome NONE = new Outcome(SalaryStatus.NONE, Double.NaN);

        public Outcome(SalaryStatus status, double annual, SalarySource source, String localCurrency,
                double localAnnual) {
            this(status, annual, source, localCurrency, localAnnual, null);
        }

        public Outcome(SalaryStatus status, double annual) {
            this(status, annual, null, null, Double.NaN);
        }

        public Outcome(SalaryStatus status, double annual, SalarySource source) {
            this(status, annual, source, null, Double.NaN);
        }

        static Outcome of(SalaryStatus status) {
            return new Outcome(status, Double.NaN);
        }

        /** This outcome with its source; NONE keeps none. */
        Outcome from(SalarySource from) {
            return status == SalaryStatus.NONE ? this : new Outcome(status, annual, from, localCurrency, localAnnual, stated);
        }

        /** This outcome told in the row's words. */
        Outcome stating(String words) {
            return new Outcome(status, annual, source, localCurrency, localAnnual, words);
        }
    }

    /**
     * @param low       lower figure or the single figure (null when absent)
     * @param high      upper figure (null when absent)
     * @param currency  ISO code, "$" for a bare dollar sign, or null when unstated
     * @param period    stated period, or null
     * @param country   the posting's country code, or null
     */
    public Outcome apply(Double low, Double high, String currency, PayPeriod period, boolean estimated, String country) {
        // 0 and the sentinel -1 are no figure (RemoteOK writes 0); any other negative one is stated pay
        // that cannot be: out_of_range below, never read as positive.
        if (low != null && (low == 0 || low == -1)) {
            low = null;
        }
        if (high != null && (high == 0 || high == -1)) {
            high = null;
        }
        if (low == null && high == null) {
            return Outcome.NONE;
        }
        if (estimated && !includeEstimated) {
            return Outcome.of(SalaryStatus.ESTIMATED);
        }
        double figure;
        if (low != null && high != null) {
            figure = (Math.min(low, high) + Math.max(low, high)) / 2;
        } else {
            figure = low != null ? low : high;
        }
        PayPeriod p = period != null ? period : figure >= 1_000 ? PayPeriod.YEAR : PayPeriod.HOUR;
        double annual = figure * p.perYear(hoursPerYear);
        if (!"US".equals(country)) {
            // Outside the US: kept in the currency the input states (a code, not a bare "$"), for pay by country.
            String code = country != null && currency != null && currency.length() == 3
                    && currency.chars().allMatch(Character::isLetter) && annual > 0 ? currency.toUpperCase(java.util.Locale.ROOT) : null;
            return new Outcome(SalaryStatus.NOT_US, Double.NaN, null, code, code == null ? Double.NaN : annual);
        }
        if (currency != null && !currency.equals("$") && !currency.equalsIgnoreCase("USD")) {
            return Outcome.of(SalaryStatus.NOT_USD);
        }
        if ((low != null && low < 0) || (high != null && high < 0)) {
            return Outcome.of(SalaryStatus.OUT_OF_RANGE);
        }
        if (annual < MIN_ANNUAL || annual > MAX_ANNUAL) {
            return Outcome.of(SalaryStatus.OUT_OF_RANGE);
        }
        return new Outcome(SalaryStatus.VALID, annual);
    }
}
