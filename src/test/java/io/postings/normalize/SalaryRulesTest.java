package io.postings.normalize;

import static org.assertj.core.api.Assertions.assertThat;

import io.postings.normalize.SalaryRules.Outcome;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SalaryRulesTest {
    private final SalaryRules rules = new SalaryRules(2080, false);

    private Outcome us(Double low, Double high, PayPeriod period) {
        return rules.apply(low, high, "$", period, false, "US");
    }

    private static Outcome valid(double annual) {
        return new Outcome(SalaryStatus.VALID, annual);
    }

    private static Outcome excluded(SalaryStatus status) {
        return new Outcome(status, Double.NaN);
    }

    @Test
    void aRangeBecomesItsMidpoint() {
        assertThat(us(120_000.0, 150_000.0, PayPeriod.YEAR)).isEqualTo(valid(135_000));
        assertThat(us(120_000.0, 150_001.0, PayPeriod.YEAR)).isEqualTo(valid(135_000.5));
    }

    @Test
    void aSingleFigureOrOneEndIsThatFigure() {
        assertThat(us(120_000.0, null, PayPeriod.YEAR)).isEqualTo(valid(120_000));
        assertThat(us(null, 150_000.0, PayPeriod.YEAR)).isEqualTo(valid(150_000));
    }

    @Test
    void swappedEndsGiveTheSameMidpoint() {
        assertThat(us(150_000.0, 120_000.0, PayPeriod.YEAR)).isEqualTo(valid(135_000));
    }

    @ParameterizedTest(name = "{0} {1} is {2} a year")
    @CsvSource({
        "50,    HOUR,  104000",
        "400,   DAY,   104000",
        "2000,  WEEK,  104000",
        "4000,  BIWEEK, 104000",
        "8000,  MONTH, 96000",
        "90000, YEAR,  90000",
    })
    void annualizesByPeriod(double figure, PayPeriod period, double annual) {
        assertThat(us(figure, null, period)).isEqualTo(valid(annual));
    }

    @Test
    void hoursPerYearCanBeChanged() {
        SalaryRules fortyHoursFiftyWeeks = new SalaryRules(2000, false);

        assertThat(fortyHoursFiftyWeeks.apply(50.0, null, "USD", PayPeriod.HOUR, false, "US")).isEqualTo(valid(100_000));
        assertThat(fortyHoursFiftyWeeks.apply(50.0, null, "USD", null, false, "US")).isEqualTo(valid(100_000));
    }

    @Test
    void withoutAPeriodAFigureOfAtLeastAThousandIsAnnualAndBelowIsHourly() {
        assertThat(us(120_000.0, null, null)).isEqualTo(valid(120_000));
        assertThat(us(1_000.0, null, null)).isEqualTo(excluded(SalaryStatus.OUT_OF_RANGE));
        assertThat(us(480.0, null, null)).isEqualTo(valid(480 * 2080.0));
        assertThat(us(60.0, 75.0, null)).isEqualTo(valid(67.5 * 2080));
    }

    @Test
    void aRangeWithoutAPeriodIsClassedByItsMidpoint() {
        // low end 500, but the midpoint 10,000 is annual
        assertThat(us(500.0, 19_500.0, null)).isEqualTo(valid(10_000));
        // high end 1,000, but the midpoint 550 is hourly
        assertThat(new SalaryRules(1_000, false).apply(100.0, 1_000.0, "$", null, false, "US"))
                .isEqualTo(valid(550_000));
    }

    @Test
    void boundsAreInclusive() {
        assertThat(us(10_000.0, null, PayPeriod.YEAR)).isEqualTo(valid(10_000));
        assertThat(us(1_000_000.0, null, PayPeriod.YEAR)).isEqualTo(valid(1_000_000));
        assertThat(us(5.0, null, PayPeriod.HOUR)).isEqualTo(valid(10_400));
    }

    @Test
    void figuresOutsideTheBoundsAreOutOfRange() {
        assertThat(us(9_999.0, null, PayPeriod.YEAR)).isEqualTo(excluded(SalaryStatus.OUT_OF_RANGE));
        assertThat(us(1_000_001.0, null, PayPeriod.YEAR)).isEqualTo(excluded(SalaryStatus.OUT_OF_RANGE));
        assertThat(us(4.0, null, PayPeriod.HOUR)).isEqualTo(excluded(SalaryStatus.OUT_OF_RANGE));
        assertThat(us(100_000.0, null, PayPeriod.MONTH)).isEqualTo(excluded(SalaryStatus.OUT_OF_RANGE));
    }

    @Test
    void estimatesAreExcludedUnlessIncluded() {
        assertThat(rules.apply(120_000.0, null, "$", null, true, "US")).isEqualTo(excluded(SalaryStatus.ESTIMATED));
        assertThat(new SalaryRules(2080, true).apply(120_000.0, null, "$", null, true, "US"))
                .isEqualTo(valid(120_000));
    }

    @Test
    void onlyUsPostingsCount() {
        assertThat(rules.apply(120_000.0, null, "USD", null, false, "DE").status()).isEqualTo(SalaryStatus.NOT_US);
        assertThat(rules.apply(120_000.0, null, "USD", null, false, "DE").annual()).isNaN();
        assertThat(rules.apply(120_000.0, null, "USD", null, false, null)).isEqualTo(excluded(SalaryStatus.NOT_US));
    }

    @Test
    void outsideTheUsPayIsKeptInTheStatedCurrencyAnnualized() {
        Outcome eur = rules.apply(50_000.0, 60_000.0, "eur", PayPeriod.YEAR, false, "DE");
        assertThat(eur).isEqualTo(new Outcome(SalaryStatus.NOT_US, Double.NaN, null, "EUR", 55_000));
        // Same periods as US pay: 4,000 a month is 48,000 a year; a bare figure below 1,000 is hourly.
        assertThat(rules.apply(4_000.0, null, "GBP", PayPeriod.MONTH, false, "GB").localAnnual()).isEqualTo(48_000);
        assertThat(rules.apply(30.0, null, "CAD", null, false, "CA").localAnnual()).isEqualTo(62_400);
        // No stated code (or a bare "$", which names no one currency), no country, or an estimate: no local pay.
        assertThat(rules.apply(50_000.0, null, null, null, false, "DE").localCurrency()).isNull();
        assertThat(rules.apply(50_000.0, null, "$", null, false, "CA").localCurrency()).isNull();
        assertThat(rules.apply(50_000.0, null, "EUR", null, false, null).localCurrency()).isNull();
        assertThat(rules.apply(50_000.0, null, "EUR", null, true, "DE")).isEqualTo(excluded(SalaryStatus.ESTIMATED));
    }

    @Test
    void aUsPostingPaidInAnotherCurrencyIsNotUsd() {
        assertThat(rules.apply(120_000.0, null, "EUR", null, false, "US")).isEqualTo(excluded(SalaryStatus.NOT_USD));
        assertThat(rules.apply(120_000.0, null, "BRL", null, false, "US")).isEqualTo(excluded(SalaryStatus.NOT_USD));
    }

    @Test
    void aBareDollarSignNoCurrencyOrUsdInAnyCaseIsUsdOnAUsPosting() {
        assertThat(rules.apply(120_000.0, null, "$", null, false, "US")).isEqualTo(valid(120_000));
        assertThat(rules.apply(120_000.0, null, null, null, false, "US")).isEqualTo(valid(120_000));
        assertThat(rules.apply(120_000.0, null, "usd", null, false, "US")).isEqualTo(valid(120_000));
    }

    @Test
    void zeroAndMinusOneMeanNoneOtherNegativeFiguresAreOutOfRange() {
        assertThat(us(0.0, 0.0, PayPeriod.YEAR)).isEqualTo(excluded(SalaryStatus.NONE));
        assertThat(us(-1.0, null, null)).isEqualTo(excluded(SalaryStatus.NONE));
        assertThat(us(null, null, null)).isEqualTo(excluded(SalaryStatus.NONE));
        assertThat(us(0.0, 150_000.0, PayPeriod.YEAR)).isEqualTo(valid(150_000));
        assertThat(us(-50_000.0, null, PayPeriod.YEAR)).isEqualTo(excluded(SalaryStatus.OUT_OF_RANGE));
        assertThat(us(-20_000.0, 50_000.0, PayPeriod.YEAR)).as("a negative end makes no midpoint")
                .isEqualTo(excluded(SalaryStatus.OUT_OF_RANGE));
    }

    @Test
    void noFigureIsNoneEvenWhenEstimatedOrAbroad() {
        assertThat(rules.apply(null, null, "EUR", null, true, "DE").status()).isEqualTo(SalaryStatus.NONE);
    }
}
