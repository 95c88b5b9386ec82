package io.postings.normalize;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PayPeriodTest {

    @ParameterizedTest(name = "\"{0}\" is {1}")
    @CsvSource(nullValues = "none", value = {
        "hourly, HOUR", "HOURLY, HOUR", "per hour, HOUR", "hr, HOUR",
        "daily, DAY", "per day, DAY",
        "weekly, WEEK", "biweekly, BIWEEK", "bi-weekly, BIWEEK", "fortnightly, BIWEEK",
        "monthly, MONTH", "per month, MONTH", "m, MONTH",
        "yearly, YEAR", "annual, YEAR", "per annum, YEAR", "pa, YEAR", "Year, YEAR",
        "'', none", "sometimes, none",
    })
    void readsAPeriodColumn(String value, PayPeriod period) {
        assertThat(PayPeriod.of(value)).isEqualTo(period);
    }

    @Test
    void noValueIsNoPeriod() {
        assertThat(PayPeriod.of(null)).isNull();
    }

    @Test
    void multipliesToAYear() {
        assertThat(PayPeriod.HOUR.perYear(2080)).isEqualTo(2080);
        assertThat(PayPeriod.HOUR.perYear(2000)).isEqualTo(2000);
        assertThat(PayPeriod.DAY.perYear(2080)).isEqualTo(260);
        assertThat(PayPeriod.WEEK.perYear(2080)).isEqualTo(52);
        assertThat(PayPeriod.BIWEEK.perYear(2080)).isEqualTo(26);
        assertThat(PayPeriod.MONTH.perYear(2080)).isEqualTo(12);
        assertThat(PayPeriod.YEAR.perYear(2080)).isEqualTo(1);
    }
}
