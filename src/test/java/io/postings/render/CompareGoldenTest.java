package io.postings.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.Locale;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** {@code compare} and {@code roles} in both document formats, against their golden files. */
class CompareGoldenTest {

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

    private static String ending(Format format) {
        return format == Format.TEXT ? ".txt" : ".md";
    }
}
