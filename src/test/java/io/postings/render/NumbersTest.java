package io.postings.render;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Locale;
import org.junit.jupiter.api.Test;

class NumbersTest {

    @Test
    void moneyIsWholeDollarsWithThousandsSeparators() {
        assertThat(Numbers.money(150_000)).isEqualTo("$150,000");
        assertThat(Numbers.money(0)).isEqualTo("$0");
        assertThat(Numbers.money(999)).isEqualTo("$999");
        assertThat(Numbers.money(1_000_000)).isEqualTo("$1,000,000");
        assertThat(Numbers.money(-15_400)).isEqualTo("-$15,400");
    }

    @Test
    void moneyRoundsHalfUpFromTheExactValue() {
        // Medians of an even n end in .5; x.5 rounds away from zero, on both sides of zero.
        assertThat(Numbers.money(150_000.5)).isEqualTo("$150,001");
        assertThat(Numbers.money(134_600.5)).isEqualTo("$134,601");
        assertThat(Numbers.money(999.5)).isEqualTo("$1,000");
        assertThat(Numbers.money(2.5)).isEqualTo("$3");
        assertThat(Numbers.money(150_000.49999)).isEqualTo("$150,000");
        assertThat(Numbers.money(-15_400.5)).isEqualTo("-$15,401");
        assertThat(Numbers.money(-15_400.49)).isEqualTo("-$15,400");
        // A negative that rounds to zero is plain $0, never -$0.
        assertThat(Numbers.money(-0.4)).isEqualTo("$0");
        assertThat(Numbers.money(-0.0)).isEqualTo("$0");
    }

    @Test
    void signedMoneyForPremiums() {
        assertThat(Numbers.signedMoney(29_500)).isEqualTo("+$29,500");
        assertThat(Numbers.signedMoney(-4_000)).isEqualTo("-$4,000");
        assertThat(Numbers.signedMoney(19_999.5)).isEqualTo("+$20,000");
        assertThat(Numbers.signedMoney(-14_000.5)).isEqualTo("-$14,001");
        assertThat(Numbers.signedMoney(0)).isEqualTo("$0");
        assertThat(Numbers.signedMoney(0.4)).isEqualTo("$0");
        assertThat(Numbers.signedMoney(-0.4)).isEqualTo("$0");
        assertThat(Numbers.signedMoney(-0.5)).isEqualTo("-$1");
    }

    @Test
    void countsGroupThousands() {
        assertThat(Numbers.count(0)).isEqualTo("0");
        assertThat(Numbers.count(999)).isEqualTo("999");
        assertThat(Numbers.count(1_000)).isEqualTo("1,000");
        assertThat(Numbers.count(7_257)).isEqualTo("7,257");
        assertThat(Numbers.count(49_510)).isEqualTo("49,510");
        assertThat(Numbers.count(100_000)).isEqualTo("100,000");
        assertThat(Numbers.count(-349)).isEqualTo("-349");
        assertThat(Numbers.count(-1_234_567)).isEqualTo("-1,234,567");
        assertThat(Numbers.count(Long.MAX_VALUE)).isEqualTo("9,223,372,036,854,775,807");
        assertThat(Numbers.count(Long.MIN_VALUE)).isEqualTo("-9,223,372,036,854,775,808");
    }

    @Test
    void wholePercentRoundsTheExactQuotientHalfUp() {
        assertThat(Numbers.percent(3_121, 7_257)).isEqualTo("43%");
        // 0.5% boundaries: exactly half rounds up, a hair below does not.
        assertThat(Numbers.percent(1, 200)).isEqualTo("1%");
        assertThat(Numbers.percent(1, 201)).isEqualTo("0%");
        assertThat(Numbers.percent(87, 200)).isEqualTo("44%");
        assertThat(Numbers.percent(869, 2_000)).isEqualTo("43%");
        assertThat(Numbers.percent(8_699_999, 20_000_000)).isEqualTo("43%");
        assertThat(Numbers.percent(199, 200)).isEqualTo("100%");
        assertThat(Numbers.percent(1, 3)).isEqualTo("33%");
        assertThat(Numbers.percent(2, 3)).isEqualTo("67%");
        assertThat(Numbers.percent(0, 5)).isEqualTo("0%");
        assertThat(Numbers.percent(5, 5)).isEqualTo("100%");
        // No overflow for huge counts.
        assertThat(Numbers.percent(Long.MAX_VALUE / 2, Long.MAX_VALUE)).isEqualTo("50%");
    }

    @Test
    void shareOfNothingIsShownAsMissing() {
        assertThat(Numbers.percent(0, 0)).isEqualTo(Numbers.NONE);
        assertThat(Numbers.percent1(0, 0)).isEqualTo(Numbers.NONE);
    }

    @Test
    void entryLevelShareHasOneDecimal() {
        assertThat(Numbers.percent1(144, 7_257)).isEqualTo("2.0%");
        assertThat(Numbers.percent1(173, 2_589)).isEqualTo("6.7%");
        assertThat(Numbers.percent1(1_881, 49_510)).isEqualTo("3.8%");
        assertThat(Numbers.percent1(1, 2_000)).isEqualTo("0.1%");
        assertThat(Numbers.percent1(1, 2_001)).isEqualTo("0.0%");
        assertThat(Numbers.percent1(3, 2_000)).isEqualTo("0.2%");
        assertThat(Numbers.percent1(5, 5)).isEqualTo("100.0%");
    }

    @Test
    void fractionsToOneDecimal() {
        assertThat(Numbers.fraction1(15_400.0 / 134_600)).isEqualTo("11.4%");
        assertThat(Numbers.fraction1(18_500.0 / 131_500)).isEqualTo("14.1%");
        assertThat(Numbers.fraction1(0.0)).isEqualTo("0.0%");
        assertThat(Numbers.fraction1(0.00049)).isEqualTo("0.0%");
        assertThat(Numbers.signedFraction1(29_500.0 / 150_000)).isEqualTo("+19.7%");
        assertThat(Numbers.signedFraction1(-14_000.0 / 150_000)).isEqualTo("-9.3%");
        assertThat(Numbers.signedFraction1(-0.0004)).isEqualTo("0.0%");
        assertThat(Numbers.signedFraction1(0.0)).isEqualTo("0.0%");
    }

    @Test
    void ratiosToTwoDecimalsFromTheExactDouble() {
        assertThat(Numbers.ratio(7_257.0 / 6_908)).isEqualTo("1.05x");
        assertThat(Numbers.ratio(49_510.0 / 17_749)).isEqualTo("2.79x");
        assertThat(Numbers.ratio(1.0)).isEqualTo("1.00x");
        // 2.375 is exact in binary and rounds up; the double nearest 2.675 lies just below it
        // (2.67499999...), the one nearest 2.785 just above: the exact value decides.
        assertThat(Numbers.ratio(2.375)).isEqualTo("2.38x");
        assertThat(Numbers.ratio(2.675)).isEqualTo("2.67x");
        assertThat(Numbers.ratio(2.785)).isEqualTo("2.79x");
    }

    @Test
    void pValues() {
        assertThat(Numbers.pValue(0.00041)).isEqualTo("p=0.0004");
        assertThat(Numbers.pValue(0.0512)).isEqualTo("p=0.0512");
        assertThat(Numbers.pValue(1.0)).isEqualTo("p=1.0000");
        assertThat(Numbers.pValue(0.00004)).isEqualTo("p<0.0001");
        assertThat(Numbers.pValue(1e-30)).isEqualTo("p<0.0001");
    }

    @Test
    void refusesNonFiniteNumbers() {
        assertThatThrownBy(() -> Numbers.money(Double.NaN)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Numbers.ratio(Double.POSITIVE_INFINITY)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void sameTextInEveryLocale() {
        Locale saved = Locale.getDefault();
        try {
            for (Locale locale : new Locale[] {Locale.GERMANY, Locale.FRANCE, new Locale("ar", "EG"),
                    new Locale("hi", "IN"), new Locale("th", "TH", "TH")}) {
                Locale.setDefault(locale);
                assertThat(Numbers.money(150_000.5)).isEqualTo("$150,001");
                assertThat(Numbers.count(1_234_567)).isEqualTo("1,234,567");
                assertThat(Numbers.percent1(144, 7_257)).isEqualTo("2.0%");
                assertThat(Numbers.ratio(7_257.0 / 6_908)).isEqualTo("1.05x");
                assertThat(Numbers.pValue(0.00041)).isEqualTo("p=0.0004");
            }
        } finally {
            Locale.setDefault(saved);
        }
    }
}
