package io.postings.render;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.postings.render.TextTable.Align;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TextTableTest {

    /**
     * A table from a compact spec: the columns separated by "|", each ending in "<" (left-aligned)
     * or ">" (right-aligned), then one string per row with its cells separated by "|".
     */
    static String render(String columns, String... rows) {
        TextTable table = new TextTable();
        for (String column : columns.split("\\|")) {
            table.column(column.substring(0, column.length() - 1), column.endsWith(">") ? Align.RIGHT : Align.LEFT);
        }
        for (String row : rows) {
            table.row(row.split("\\|", -1));
        }
        return table.render();
    }

    @Test
    void alignsColumnsUnderARule() {
        assertThat(render("skill<|share>|note<", "AWS|43%|top", "Distributed Systems|6%|")).isEqualTo(""
                + "skill                share  note\n"
                + "-------------------  -----  ----\n"
                + "AWS                    43%  top\n"
                + "Distributed Systems     6%\n");
    }

    @Test
    void headerWiderThanValuesSetsTheWidth() {
        assertThat(render("level<|Backend Developer>", "entry|144")).isEqualTo(""
                + "level  Backend Developer\n"
                + "-----  -----------------\n"
                + "entry                144\n");
    }

    @Test
    void noTrailingSpacesAndOnlyNewlines() {
        String text = new TextTable()
                .column("company", Align.LEFT)
                .column("city", Align.LEFT)
                .row("A Very Long Company Name", "")
                .row("B", "Berlin")
                .row("C ", null)
                .render();
        assertThat(text).doesNotContain("\r").doesNotContain(" \n");
        assertThat(text).endsWith("\nC\n");
    }

    @Test
    void emptyTableStillHasHeaderAndRule() {
        TextTable table = new TextTable().column("skill", Align.LEFT).column("n", Align.RIGHT);
        assertThat(table.isEmpty()).isTrue();
        assertThat(table.render()).isEqualTo("skill  n\n-----  -\n");
    }

    @Test
    void stripsControlCharactersFromCells() {
        // ESC (an ANSI colour or screen-clear sequence), DEL, a C1 CSI and NUL are dropped.
        String text = render("company<|n>", "Evil\u001B[2JCorp\u007F\u009B31m\u0000|1");
        assertThat(text).isEqualTo("company         n\n--------------  -\nEvil[2JCorp31m  1\n");
        assertThat(text.chars().filter(c -> c < 0x20 && c != '\n' || c >= 0x7F && c <= 0x9F)).isEmpty();
    }

    @Test
    void lineBreaksAndTabsInCellsBecomeSpaces() {
        assertThat(render("detail<", "DOE\t(see\r\ndescription)\u2028end").lines())
                .containsExactly("detail", "--------------------------", "DOE (see  description) end");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"Société Générale — 東京 | Société Générale — 東京", "abc\u202Edcba\u202C | abcdcba",
        "a\u2066b\u2069 | ab", "|"})
    void cleanKeepsOrdinaryTextAndRemovesBidiOverrides(String text, String clean) {
        assertThat(TextTable.clean(text)).isEqualTo(clean == null ? "" : clean);
    }

    @ParameterizedTest
    @CsvSource({"AWS, 3", "東京, 4", "e\u0301, 1", "–, 1", "\uFF21, 2", "\uD83D\uDE00, 2"})
    void widthCountsWideAndCombiningCharacters(String text, int columns) {
        assertThat(TextTable.width(text)).isEqualTo(columns);
    }

    @Test
    void wideCharactersTakeTwoColumnsInATable() {
        assertThat(render("company<|n>", "東京|1", "Tokyo Ltd|22").lines())
                .containsExactly("company     n", "---------  --", "東京        1", "Tokyo Ltd  22");
    }

    @Test
    void rowsMustMatchTheColumns() {
        TextTable table = new TextTable().column("a", Align.LEFT).column("b", Align.LEFT);
        assertThatThrownBy(() -> table.row("only one")).isInstanceOf(IllegalArgumentException.class);
        table.row("1", "2");
        assertThatThrownBy(() -> table.column("c", Align.LEFT)).isInstanceOf(IllegalStateException.class);
    }
}
