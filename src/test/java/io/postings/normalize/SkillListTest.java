package io.postings.normalize;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SkillListTest {

    @Test
    void readsAJsonArray() {
        assertThat(SkillList.parse("[\"Python\", \"SQL\", \"C++\"]")).containsExactly("Python", "SQL", "C++");
    }

    @Test
    void readsAJsonArrayOfObjectsByTheirName() {
        assertThat(SkillList.parse("[{\"name\": \"Python\", \"level\": 3}, {\"skill\": \"SQL\"}, {\"id\": 7}]"))
                .containsExactly("Python", "SQL");
    }

    @Test
    void dropsNullsAndBlanksInJson() {
        assertThat(SkillList.parse("[\"Go\", null, \"\", \"  \", \"Rust\"]")).containsExactly("Go", "Rust");
    }

    @Test
    void readsAPythonList() {
        assertThat(SkillList.parse("['python', 'sql']")).containsExactly("python", "sql");
    }

    @Test
    void aPythonListKeepsCommasAndOtherQuotesInsideItsQuotes() {
        assertThat(SkillList.parse("['SQL', 'ETL (Extração, transformação e carregamento)', \"O'Reilly\", 'it\\'s']"))
                .containsExactly("SQL", "ETL (Extração, transformação e carregamento)", "O'Reilly", "it's");
    }

    @Test
    void readsAListOfBareWords() {
        assertThat(SkillList.parse("[python, sql]")).containsExactly("python", "sql");
    }

    @Test
    void readsDelimitedText() {
        assertThat(SkillList.parse("Python, SQL, Tableau")).containsExactly("Python", "SQL", "Tableau");
        assertThat(SkillList.parse("Python; SQL;Excel")).containsExactly("Python", "SQL", "Excel");
        assertThat(SkillList.parse("Python | SQL")).containsExactly("Python", "SQL");
    }

    @Test
    void aSemicolonWinsOverACommaAsTheDelimiter() {
        assertThat(SkillList.parse("Extract, transform, load; SQL")).containsExactly("Extract, transform, load", "SQL");
    }

    @Test
    void oneNameIsAListOfOne() {
        assertThat(SkillList.parse(" python ")).containsExactly("python");
    }

    @Test
    void emptyListsAndCellsHaveNoSkills() {
        assertThat(SkillList.parse("[]")).isEmpty();
        assertThat(SkillList.parse("")).isEmpty();
        assertThat(SkillList.parse(null)).isEmpty();
    }
}
