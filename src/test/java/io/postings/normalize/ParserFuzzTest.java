package io.postings.normalize;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * The field parsers see whatever a scraper wrote; they answer "could not read it" (null,
 * no figure, unknown) and never throw. Inputs come from an alphabet of the characters
 * salaries and places are written with, plus arbitrary Unicode.
 */
class ParserFuzzTest {
    private static final int TRIES = 500;
    private static final Places PLACES = new Places();

    @Property(tries = TRIES)
    void salaryTextNeverThrows(@ForAll("salaryish") String text) {
        SalaryText.Parsed parsed = SalaryText.parse(text);
        if (parsed != null && parsed.hasFigure()) {
            assertThat(parsed.low() == null || !parsed.low().isNaN()).isTrue();
        }
        SalaryText.figure(text);
        PayPeriod.of(text);
    }

    @Property(tries = TRIES)
    void salaryParsersNeverThrowOnAnyText(@ForAll String text) {
        SalaryText.parse(text);
        SalaryText.figure(text);
        PayPeriod.of(text);
    }

    @Property(tries = TRIES)
    void placesNeverThrow(@ForAll("placeish") String text) {
        String country = PLACES.countryOf(text);
        String fromLocation = PLACES.countryOfLocation(text);
        assertThat(country == null || country.length() == 2).isTrue();
        assertThat(fromLocation == null || fromLocation.length() == 2).isTrue();
    }

    @Property(tries = TRIES)
    void placesNeverThrowOnAnyText(@ForAll String text) {
        PLACES.countryOf(text);
        PLACES.countryOfLocation(text);
    }

    @Property(tries = TRIES)
    void listsAndModesNeverThrow(@ForAll("listish") String text) {
        assertThat(SkillList.parse(text)).doesNotContainNull();
        WorkModes.resolve(text, text, text, text);
    }

    @Provide
    Arbitrary<String> salaryish() {
        return Arbitraries.strings().withChars("$€£¥0123456789,.-–kKmM+~ /()hryearmonthwekdyUSDEUR est.:").ofMaxLength(40);
    }

    @Provide
    Arbitrary<String> placeish() {
        Arbitrary<String> part = Arbitraries.of("Austin", "TX", "Remote", "US", "Germany", "Berlin", "", " ", "-", "São Paulo",
                "United States", "CA", "(", ")", ";", "/", "|", "Anywhere", "Multiple Locations", "\u0000", "é");
        return part.list().ofMaxSize(6).map(parts -> String.join(Arbitraries.of(", ", " - ", " ").sample(), parts));
    }

    @Provide
    Arbitrary<String> listish() {
        return Arbitraries.strings().withChars("[]'\",;| pythonGo{}:\\").ofMaxLength(40);
    }
}
