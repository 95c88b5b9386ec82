package io.postings.normalize;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class FieldTest {

    @Test
    void keyIsTheLowerCaseName() {
        assertThat(Field.SALARY_MIN.key()).isEqualTo("salary_min");
    }

    @Test
    void ofAcceptsKeysInAnyCaseWithDashes() {
        assertThat(Field.of("salary_min")).isEqualTo(Field.SALARY_MIN);
        assertThat(Field.of(" Salary-Min ")).isEqualTo(Field.SALARY_MIN);
        assertThat(Field.of("work-mode")).isEqualTo(Field.WORK_MODE);
        assertThat(Field.of("wage")).isNull();
    }
}
