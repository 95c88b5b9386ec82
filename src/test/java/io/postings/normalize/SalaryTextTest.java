package io.postings.normalize;

import static org.assertj.core.api.Assertions.assertThat;

import io.postings.normalize.SalaryText.Parsed;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class SalaryTextTest {

    /** Columns: text | low | high | currency | period | estimated; empty means none. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', nullValues = "", textBlock = """
            $120K-$150K                                    | 120000 | 150000 | $   |        | false
            -50000                                         | -50000 |        |     |        | false
            -$90,000                                       | -90000 |        | $   |        | false
            $50K - $-20K                                   | -20000 | 50000  | $   |        | false
            50000-60000                                    | 50000  | 60000  |     |        | false
            $60 - $75 an hour                              | 60     | 75     | $   | HOUR   | false
            USD 120,000/yr                                 | 120000 |        | USD | YEAR   | false
            $150-190k                                      | 150000 | 190000 | $   |        | false
            $120,000+                                      | 120000 |        | $   |        | false
            $17-$24 Per Hour(Glassdoor est.)               | 17     | 24     | $   | HOUR   | true
            $53K-$91K (Glassdoor est.)                     | 53000  | 91000  | $   |        | true
            $100K - $120K (Employer est.)                  | 100000 | 120000 | $   |        | false
            Employer Provided Salary:$150K-$160K           | 150000 | 160000 | $   |        | false
            3,043 - 4,565 eur gross monthly                | 3043   | 4565   | EUR | MONTH  | false
            R$ 7.000/month                                 | 7000   |        | BRL | MONTH  | false
            usd 75,000 - 140,000 per year                  | 75000  | 140000 | USD | YEAR   | false
            $95k-$135k annually based on location          | 95000  | 135000 | $   | YEAR   | false
            $4-$6usd/hour                                  | 4      | 6      | USD | HOUR   | false
            up to $1,500 per month                         | 1500   |        | $   | MONTH  | false
            $125,000~$150,000                              | 125000 | 150000 | $   |        | false
            $65k – $80k                                    | 65000  | 80000  | $   |        | false
            $90-115k base salary, plus bonuses and equity  | 90000  | 115000 | $   |        | false
            $80,000 to $100,000 per annum                  | 80000  | 100000 | $   | YEAR   | false
            £50,000 - £60,000                              | 50000  | 60000  | GBP |        | false
            $45.50/hr                                      | 45.5   |        | $   | HOUR   | false
            $200/day                                       | 200    |        | $   | DAY    | false
            $1,500 a week                                  | 1500   |        | $   | WEEK   | false
            $2,500 biweekly                                | 2500   |        | $   | BIWEEK | false
            $1.2M                                          | 1200000|        | $   |        | false
            """)
    void readsPayAsScrapersWriteIt(String text, Double low, Double high, String currency, PayPeriod period,
            boolean estimated) {
        assertThat(SalaryText.parse(text)).isEqualTo(new Parsed(low, high, currency, period, estimated));
    }

    /** Columns: text | low | high | currency | period | estimated; empty means none. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', nullValues = "", textBlock = """
            20% bonus, $100k                               | 100000 |        | $   |        | false
            2024 range: $90-110k                           | 90000  | 110000 | $   |        | false
            $150K - $120K                                  | 120000 | 150000 | $   |        | false
            between $50,000 and $60,000 a year             | 50000  | 60000  | $   | YEAR   | false
            €60.000 - €80.000                              | 60000  | 80000  | EUR |        | false
            100k-120k USD                                  | 100000 | 120000 | USD |        | false
            ₹10,00,000 - ₹15,00,000 per annum              | 1000000| 1500000| INR | YEAR   | false
            $50-$60/hr plus 401(k)                         | 50     | 60     | $   | HOUR   | false
            Up to 15% commission on $80,000 base           | 80000  |        | $   |        | false
            $25.50 - $30.00 an hour (Indeed est.)          | 25.5   | 30     | $   | HOUR   | true
            0                                              | 0      |        |     |        | false
            """)
    void picksTheMoneyFigureAndOrdersTheRange(String text, Double low, Double high, String currency, PayPeriod period,
            boolean estimated) {
        assertThat(SalaryText.parse(text)).isEqualTo(new Parsed(low, high, currency, period, estimated));
    }

    @Test
    void textWithoutAFigureHasNone() {
        Parsed competitive = SalaryText.parse("Competitive");

        assertThat(competitive.hasFigure()).isFalse();
        assertThat(competitive.low()).isNull();
        assertThat(competitive.high()).isNull();
        assertThat(SalaryText.parse("competitive base salary, USD").hasFigure()).isFalse();
    }

    @Test
    void oneFigureIsTheLowEnd() {
        Parsed parsed = SalaryText.parse("$120,000+");

        assertThat(parsed.hasFigure()).isTrue();
        assertThat(parsed.low()).isEqualTo(120_000);
        assertThat(parsed.high()).isNull();
    }

    @ParameterizedTest(name = "\"{0}\" is {1}")
    @CsvSource({
        "120000.0,    120000",
        "120000,      120000",
        "'$120,000',  120000",
        "120k,        120000",
        "120K,        120000",
        "'120,000.50', 120000.5",
        "1.5E5,       150000",
        "-5000,       -5000",
        "'-$90,000',  -90000",
        "$-20K,       -20000",
        "0,           0",
        "  95000 ,    95000",
    })
    void readsAFigureCell(String cell, double expected) {
        assertThat(SalaryText.figure(cell)).isEqualTo(expected);
    }

    @Test
    void aCellWithoutDigitsIsNoFigure() {
        assertThat(SalaryText.figure("n/a")).isNull();
        assertThat(SalaryText.figure(null)).isNull();
    }
}
