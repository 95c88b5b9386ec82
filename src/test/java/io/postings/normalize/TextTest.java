package io.postings.normalize;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class TextTest {

    @Test
    void foldTrimsLowerCasesAndCollapsesWhitespace() {
        assertThat(Text.fold("  Amazon \t Web\u00a0Services \n")).isEqualTo("amazon web services");
        assertThat(Text.fold("İSTANBUL")).startsWith("i");
        assertThat(Text.fold(null)).isEmpty();
    }

    @ParameterizedTest(name = "\"{0}\" is missing")
    @ValueSource(strings = {"", "   ", "-1", " -1 ", "nan", "NaN", "null", "None", "n/a", "N/A", "[]"})
    void scraperSentinelsAreMissing(String value) {
        assertThat(Text.isMissing(value)).isTrue();
        assertThat(Text.clean(value)).isNull();
    }

    @Test
    void nullIsMissing() {
        assertThat(Text.isMissing(null)).isTrue();
    }

    @ParameterizedTest(name = "\"{0}\" is a value")
    @ValueSource(strings = {"0", "-10", "nano", "[\"Go\"]", "Backend Developer"})
    void otherValuesAreNot(String value) {
        assertThat(Text.isMissing(value)).isFalse();
    }

    @Test
    void cleanStripsAValue() {
        assertThat(Text.clean("  Acme ")).isEqualTo("Acme");
    }
}
