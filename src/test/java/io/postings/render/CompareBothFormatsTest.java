package io.postings.render;

import static org.assertj.core.api.Assertions.assertThat;

import io.postings.report.CompareReport;
import io.postings.report.PairComparison;
import io.postings.report.SalaryGap;
import java.io.IOException;
import java.util.Locale;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

/** {@code compare} and {@code roles} in both document formats: golden files, locale, the findings as lines or bullets. */
class CompareBothFormatsTest {

    @ParameterizedTest
    @EnumSource(value = Format.class, names = {"TEXT", "MARKDOWN"})
    void compareMatchesGolden(Format format) throws IOException {
        Fixtures.assertMatchesGolden("compare-fixture" + ending(format), Fixtures.write(format, Fixtures.compare()));
        Fixtures.assertMatchesGolden("compare-sparse" + ending(format), Fixtures.write(format, Fixtures.sparse()));
        Fixtures.assertMatchesGolden("roles-fixture" + ending(format), Fixtures.write(format, Fixtures.roles()));
    }

    @ParameterizedTest
    @EnumSource(value = Format.class, names = {"TEXT", "MARKDOWN"})
    void sameOutputInAGermanLocale(Format format) {
        String compare = Fixtures.write(format, Fixtures.compare());
        String roles = Fixtures.write(format, Fixtures.roles());
        Locale saved = Locale.getDefault();
        try {
            Locale.setDefault(Locale.GERMANY);
            assertThat(Fixtures.write(format, Fixtures.compare())).isEqualTo(compare);
            assertThat(Fixtures.write(format, Fixtures.roles())).isEqualTo(roles);
        } finally {
            Locale.setDefault(saved);
        }
    }

    /** The salary gap names the better-paid role, or none; text shows the finding as a line, Markdown as a bullet. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "-15400.5 | | Salary gap: $15,401 (11.4%) higher for DevOps Engineer, Mann-Whitney p=n/a",
        "-15400 | 0.012 | Salary gap: $15,400 (11.4%) higher for DevOps Engineer, Mann-Whitney p=0.0120",
        "0 | 0.93 | Salary gap: $0 (0.0%), Mann-Whitney p=0.9300"})
    void salaryGapFinding(double usd, Double pValue, String finding) {
        CompareReport base = Fixtures.compare();
        PairComparison p = base.pair();
        CompareReport report = new CompareReport(base.schema(), base.parameters(), base.input(), base.a(), base.b(),
                new PairComparison(p.jaccard(), p.intersection(), p.union(), p.shared(), p.exclusiveA(),
                        p.exclusiveB(), new SalaryGap(usd, Math.abs(usd) / 134_600, pValue), p.volume()));
        assertThat(Fixtures.write(Format.TEXT, report)).contains("\n" + finding + "\n");
        assertThat(Fixtures.write(Format.MARKDOWN, report)).contains("\n- " + finding + "\n");
    }

    private static String ending(Format format) {
        return format == Format.TEXT ? ".txt" : ".md";
    }
}
