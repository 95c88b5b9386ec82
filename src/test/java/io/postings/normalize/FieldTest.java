package io.postings.normalize;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class FieldTest {

    @Test
    void keyIsTheLowerCaseName() {
        assertThat(Field.SALARY_MIN.key()).isEqualTo("salary_min");
    }

    @ParameterizedTest(name = "\"{0}\" is {1}")
    @CsvSource(delimiter = '|', nullValues = "none", textBlock = """
            salary_min     | SALARY_MIN
            ' Salary-Min ' | SALARY_MIN
            work-mode      | WORK_MODE
            wage           | none
            """)
    void ofAcceptsKeysInAnyCaseWithDashes(String key, Field field) {
        assertThat(Field.of(key)).isEqualTo(field);
    }
}
