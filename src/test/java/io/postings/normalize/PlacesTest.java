package io.postings.normalize;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PlacesTest {
    private final Places places = new Places();

    @ParameterizedTest(name = "\"{0}\" is {1}")
    @CsvSource(delimiter = '|', nullValues = "none", textBlock = """
            Austin, TX                                  | US
            New York, NY                                | US
            Remote - US                                 | US
            Remote (US)                                 | US
            Remote, USA                                 | US
            US Remote                                   | US
            US-Remote                                   | US
            Remote U.S.                                 | US
            Washington, DC                              | US
            Springfield, Illinois                       | US
            San Francisco, CA, United States            | US
            Berlin, Germany                             | DE
            Remote - Germany                            | DE
            São Paulo, São Paulo, Brasil                | BR
            London, UK                                  | GB
            United Kingdom                              | GB
            London, England, United Kingdom             | GB
            Bengaluru, Karnataka, India                 | IN
            Bengaluru, KA, IN                           | IN
            Toronto, ON, Canada                         | CA
            Toronto, ON, CA                             | CA
            Tokyo, JPN                                  | JP
            Remote                                      | none
            Hybrid                                      | none
            San Francisco                               | none
            Remote - Americas                           | none
            """)
    void findsTheCountryOfALocation(String location, String country) {
        assertThat(places.countryOfLocation(location)).isEqualTo(country);
    }

    @ParameterizedTest(name = "\"{0}\" is {1}")
    @CsvSource(delimiterString = "=>", textBlock = """
            Austin, TX; Berlin, Germany                       => US
            Berlin, Germany; Austin, TX                       => DE
            Berlin, Germany | Austin, TX                      => DE
            San Francisco, CA • New York, NY • United States  => US
            Remote; London, UK                                => GB
            ["Bengaluru, India", "Austin, TX"]                => IN
            ["Remote - USA"]                                  => US
            """)
    void inSeveralLocationsTheFirstNamingACountryWins(String location, String country) {
        assertThat(places.countryOfLocation(location)).isEqualTo(country);
    }

    @Test
    void noLocationIsNoCountry() {
        assertThat(places.countryOfLocation(null)).isNull();
        assertThat(places.countryOfLocation("")).isNull();
    }

    @ParameterizedTest(name = "\"{0}\" is {1}")
    @CsvSource(delimiter = '|', nullValues = "none", textBlock = """
            US              | US
            usa             | US
            USA             | US
            United States   | US
            u.s.            | US
            Germany         | DE
            de              | DE
            UK              | GB
            gb              | GB
            Brasil          | BR
            IND             | IN
            xx              | none
            Atlantis        | none
            """)
    void readsACountryColumn(String value, String country) {
        assertThat(places.countryOf(value)).isEqualTo(country);
    }

    @Test
    void aCountryColumnMayBeMissing() {
        assertThat(places.countryOf(null)).isNull();
    }
}
