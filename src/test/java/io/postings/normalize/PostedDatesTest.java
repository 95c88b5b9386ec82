package io.postings.normalize;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PostedDatesTest {

    @ParameterizedTest(name = "\"{0}\" is {1}")
    @CsvSource(delimiter = '|', nullValues = "none", textBlock = """
            2026-05-01                      | 2026-05-01
            2026-06-09T00:00:00.000         | 2026-06-09
            2026-07-30T06:59:38-04:00       | 2026-07-30
            2023-06-22 20:20:11.702486      | 2023-06-22
            1713397508000.0                 | 2024-04-17
            1714564800000                   | 2024-05-01
            1773619203                      | 2026-03-16
            2026-13-01                      | none
            3 days ago                      | none
            05/03/2026                      | 2026-05-03
            5/3/2026                        | 2026-05-03
            12/31/2026 14:05:00             | 2026-12-31
            25/12/2026                      | 2026-12-25
            13/13/2026                      | none
            2/30/2026                       | none
            2026-06-09 23:59:59             | 2026-06-09
            1/2/26                          | none
            """)
    void readsIsoDatesAndUnixTimes(String value, String date) {
        assertThat(PostedDates.of(value)).isEqualTo(date);
    }
}
