package io.postings.render;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvFileSource;

/** Every number as the outputs show it: the cases are rows of {@code render/numbers.csv}. */
class NumbersTest {
    private static final String CASES = "/render/numbers.csv";

    @ParameterizedTest(name = "{0}({1}) = {2}")
    @CsvFileSource(resources = CASES, delimiter = '|')
    void formatsAsTheOutputsShowIt(String function, String arguments, String expected) {
        assertThat(format(function, arguments)).isEqualTo(expected);
    }

    @Test
    void sameTextInEveryLocale() throws IOException {
        List<String[]> cases = cases();
        assertThat(cases).hasSizeGreaterThan(50);
        Locale saved = Locale.getDefault();
        try {
            for (Locale locale : new Locale[] {Locale.GERMANY, Locale.FRANCE, new Locale("ar", "EG"),
                    new Locale("hi", "IN"), new Locale("th", "TH", "TH")}) {
                Locale.setDefault(locale);
                for (String[] c : cases) {
                    assertThat(format(c[0], c[1])).as(locale + ": " + String.join(" | ", c)).isEqualTo(c[2]);
                }
            }
        } finally {
            Locale.setDefault(saved);
        }
    }

    @Test
    void refusesNonFiniteNumbers() {
        assertThatThrownBy(() -> Numbers.money(Double.NaN)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Numbers.ratio(Double.POSITIVE_INFINITY)).isInstanceOf(IllegalArgumentException.class);
    }

    /** {@code Numbers.<function>} of the space-separated arguments. */
    private static String format(String function, String arguments) {
        String[] a = arguments.split(" ");
        return switch (function) {
            case "money" -> Numbers.money(number(a[0]));
            case "signedMoney" -> Numbers.signedMoney(number(a[0]));
            case "count" -> Numbers.count(Long.parseLong(a[0]));
            case "percent" -> Numbers.percent(Long.parseLong(a[0]), Long.parseLong(a[1]));
            case "percent1" -> Numbers.percent1(Long.parseLong(a[0]), Long.parseLong(a[1]));
            case "fraction1" -> Numbers.fraction1(number(a[0]));
            case "signedFraction1" -> Numbers.signedFraction1(number(a[0]));
            case "ratio" -> Numbers.ratio(number(a[0]));
            case "pValue" -> Numbers.pValue(number(a[0]));
            default -> throw new IllegalArgumentException("no Numbers." + function);
        };
    }

    /** A double, or {@code a/b}: the quotient of two doubles, as a share or premium is computed. */
    private static double number(String text) {
        int slash = text.indexOf('/');
        return slash < 0 ? Double.parseDouble(text)
                : Double.parseDouble(text.substring(0, slash)) / Double.parseDouble(text.substring(slash + 1));
    }

    private static List<String[]> cases() throws IOException {
        try (BufferedReader in = new BufferedReader(new InputStreamReader(
                NumbersTest.class.getResourceAsStream(CASES), StandardCharsets.UTF_8))) {
            return in.lines().filter(l -> !l.isBlank() && !l.startsWith("#"))
                    .map(l -> l.split("\\|")).map(c -> new String[] {c[0].strip(), c[1].strip(), c[2].strip()}).toList();
        }
    }
}
