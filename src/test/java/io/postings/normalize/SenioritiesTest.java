package io.postings.normalize;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SenioritiesTest {
    private final Seniorities seniorities = new Seniorities();

    @ParameterizedTest(name = "\"{0}\" is {1}")
    @CsvSource(delimiter = '|', nullValues = "none", textBlock = """
            Senior Staff Engineer            | STAFF
            Staff Engineer, Senior Team      | STAFF
            Sr. Backend Developer            | SENIOR
            Junior Developer                 | ENTRY
            Jr Backend Developer             | ENTRY
            Graduate Software Engineer       | ENTRY
            Intern                           | ENTRY
            Software Engineering Internship  | ENTRY
            Backend Developer II             | none
            Backend Developer                | none
            Lead Engineer                    | SENIOR
            Principal                        | STAFF
            Distinguished Engineer           | STAFF
            Analista de Dados Sênior         | SENIOR
            Estagiário de Dados              | ENTRY
            Engenheiro de Dados Pleno        | MID
            """)
    void fromATitle(String title, Seniority level) {
        assertThat(seniorities.ofTitle(title)).isEqualTo(level);
    }

    @ParameterizedTest(name = "\"{0}\" is {1}")
    @CsvSource(delimiter = '|', nullValues = "none", textBlock = """
            Account Executive                  | none
            Mid-Market Account Executive       | none
            Senior Mid-Market Account Executive| SENIOR
            Lead Generation Specialist         | none
            Engenheiro de dados PL/SR          | SENIOR
            Hardware Engineering Student       | ENTRY
            VP of Engineering                  | STAFF
            Executive Assistant                | ENTRY
            """)
    void titleWordsThatAreNoLevel(String title, Seniority level) {
        assertThat(seniorities.ofTitle(title)).isEqualTo(level);
    }

    @Test
    void wholeValueWordsCountOnlyAsAColumn() {
        assertThat(seniorities.ofValue("Executive")).isEqualTo(Seniority.STAFF);
        assertThat(seniorities.ofValue("Executivo")).isEqualTo(Seniority.STAFF);
        assertThat(seniorities.ofValue("Assistente")).isEqualTo(Seniority.ENTRY);
        assertThat(seniorities.ofValue("not applicable")).isNull();
        assertThat(seniorities.ofTitle("Executive")).isNull();
    }

    @Test
    void senioritiesAreWholeWords() {
        assertThat(seniorities.ofTitle("Internal Tools Developer")).isNull();
        assertThat(seniorities.ofTitle("Leader of the Pack")).isNull();
    }

    @ParameterizedTest(name = "\"{0}\" is {1}")
    @CsvSource(delimiter = '|', nullValues = "none", textBlock = """
            Mid-Senior level        | SENIOR
            mid-senior level        | SENIOR
            Entry level             | ENTRY
            Internship              | ENTRY
            Associate               | ENTRY
            Mid level               | MID
            Pleno                   | MID
            Pleno-sênior            | SENIOR
            Júnior                  | ENTRY
            Estágio                 | ENTRY
            Director                | STAFF
            Not Applicable          | none
            Transporte ferroviário  | none
            """)
    void fromAColumnValue(String value, Seniority level) {
        assertThat(seniorities.ofValue(value)).isEqualTo(level);
    }

    @Test
    void nothingStatedIsUnknown() {
        assertThat(seniorities.ofTitle(null)).isNull();
        assertThat(seniorities.ofValue(null)).isNull();
    }
}
