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
            San Francisco                               | US
            Springfield                                 | none
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

    @ParameterizedTest(name = "\"{0}\" is {1}")
    @CsvSource(delimiter = '|', nullValues = "none", textBlock = """
            Toronto, CA                                 | CA
            Los Angeles, CA                             | US
            Perth, WA                                   | AU
            Seattle, WA                                 | US
            Berlin, DE                                  | DE
            Hyderabad, IN                               | IN
            Indianapolis, IN                            | US
            Paris, TX                                   | US
            Halifax, NS                                 | CA
            Kafr Saba, HM                               | IL
            Tel Aviv                                    | IL
            Tel Aviv-Yafo                               | IL
            Bengaluru                                   | IN
            SF Office                                   | US
            Greater São Paulo Area                      | BR
            Sao Paulo e Regiao                          | BR
            São Paulo e Região                          | BR
            Dallas-Fort Worth Metroplex                 | US
            San Francisco Bay Area                      | US
            Herzliya, Tel Aviv District, Israel         | IL
            Curitiba, Paraná                            | BR
            US-New York                                 | US
            Remote in the US                            | US
            Anywhere in the United States               | US
            Remote - Canada: Select locations           | CA
            Work At Home-Ohio                           | US
            Bronx NY                                    | US
            Virtual United Kingdom                      | GB
            Deutschland                                 | DE
            Estados Unidos                              | US
            Royaume-Uni                                 | GB
            Österreich                                  | AT
            Gdańsk                                      | PL
            USA, Canada                                 | US
            Trinidad and Tobago                         | TT
            Worldwide                                   | none
            Europe                                      | none
            2 Locations                                 | none
            In-Office                                   | none
            """)
    void citiesRegionsAndTheWaysExportsWriteThem(String location, String country) {
        assertThat(places.countryOfLocation(location)).isEqualTo(country);
    }

    @ParameterizedTest(name = "{0} => {1}")
    @CsvSource(delimiterString = "=>", textBlock = """
            Chicago and NYC                                   => US
            Sydney Or Melbourne                               => AU
            Dublin OR London                                  => IE
            San Francisco, CA; Chicago, IL & New York, NY     => US
            ["Geneva; Barcelona;"]                            => CH
            ['Berlin, Germany', 'Remote']                     => DE
            """)
    void severalLocationsInOneFieldFirstWins(String location, String country) {
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
            # a country column may be missing
            none            | none
            """)
    void readsACountryColumn(String value, String country) {
        assertThat(places.countryOf(value)).isEqualTo(country);
    }
}
