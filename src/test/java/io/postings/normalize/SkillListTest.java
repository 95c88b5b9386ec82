package io.postings.normalize;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class SkillListTest {

    static Stream<Arguments> cells() {
        return Stream.of(
                cell("reads a JSON array", "[\"Python\", \"SQL\", \"C++\"]", "Python", "SQL", "C++"),
                cell("reads a JSON array of objects by their name",
                        "[{\"name\": \"Python\", \"level\": 3}, {\"skill\": \"SQL\"}, {\"id\": 7}]", "Python", "SQL"),
                cell("drops nulls and blanks in JSON", "[\"Go\", null, \"\", \"  \", \"Rust\"]", "Go", "Rust"),
                cell("reads a Python list", "['python', 'sql']", "python", "sql"),
                cell("a Python list keeps commas and other quotes inside its quotes",
                        "['SQL', 'ETL (Extração, transformação e carregamento)', \"O'Reilly\", 'it\\'s']",
                        "SQL", "ETL (Extração, transformação e carregamento)", "O'Reilly", "it's"),
                cell("reads a list of bare words", "[python, sql]", "python", "sql"),
                cell("reads comma-delimited text", "Python, SQL, Tableau", "Python", "SQL", "Tableau"),
                cell("reads semicolon-delimited text", "Python; SQL;Excel", "Python", "SQL", "Excel"),
                cell("reads pipe-delimited text", "Python | SQL", "Python", "SQL"),
                cell("a semicolon wins over a comma as the delimiter",
                        "Extract, transform, load; SQL", "Extract, transform, load", "SQL"),
                cell("one name is a list of one", " python ", "python"));
    }

    private static Arguments cell(String name, String cell, String... skills) {
        return Arguments.of(Named.of(name, cell), List.of(skills));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cells")
    void parsesACellIntoSkills(String cell, List<String> skills) {
        assertThat(SkillList.parse(cell)).containsExactlyElementsOf(skills);
    }

    @Test
    void emptyListsAndCellsHaveNoSkills() {
        assertThat(SkillList.parse("[]")).isEmpty();
        assertThat(SkillList.parse("")).isEmpty();
        assertThat(SkillList.parse(null)).isEmpty();
    }
}
