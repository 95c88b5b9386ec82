package io.postings.render;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.postings.render.TextTable.Align;
import org.junit.jupiter.api.Test;

class TextTableTest {

    @Test
    void alignsColumnsUnderARule() {
        String text = new TextTable()
                .column("skill", Align.LEFT)
                .column("share", Align.RIGHT)
                .column("note", Align.LEFT)
                .row("AWS", "43%", "top")
                .row("Distributed Systems", "6%", "")
                .render();
        assertThat(text).isEqualTo(""
                + "skill                share  note\n"
                + "-------------------  -----  ----\n"
                + "AWS                    43%  top\n"
                + "Distributed Systems     6%\n");
    }

    @Test
    void headerWiderThanValuesSetsTheWidth() {
        String text = new TextTable()
                .column("level", Align.LEFT)
                .column("Backend Developer", Align.RIGHT)
                .row("entry", "144")
                .render();
        assertThat(text).isEqualTo(""
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
        String text = new TextTable()
                .column("company", Align.LEFT)
                .column("n", Align.RIGHT)
                .row("Evil\u001B[2JCorp\u007F\u009B31m\u0000", "1")
                .render();
        assertThat(text).isEqualTo(""
                + "company         n\n"
                + "--------------  -\n"
                + "Evil[2JCorp31m  1\n");
        assertThat(text.chars().filter(c -> c < 0x20 && c != '\n' || c >= 0x7F && c <= 0x9F)).isEmpty();
    }

    @Test
    void lineBreaksAndTabsInCellsBecomeSpaces() {
        String text = new TextTable()
                .column("detail", Align.LEFT)
                .row("DOE\t(see\r\ndescription)\u2028end")
                .render();
        assertThat(text.lines()).containsExactly("detail", "--------------------------", "DOE (see  description) end");
    }

    @Test
    void cleanKeepsOrdinaryTextAndRemovesBidiOverrides() {
        assertThat(TextTable.clean("Société Générale — 東京")).isEqualTo("Société Générale — 東京");
        assertThat(TextTable.clean("abc\u202Edcba\u202C")).isEqualTo("abcdcba");
        assertThat(TextTable.clean("a\u2066b\u2069")).isEqualTo("ab");
        assertThat(TextTable.clean(null)).isEmpty();
    }

    @Test
    void widthCountsWideAndCombiningCharacters() {
        assertThat(TextTable.width("AWS")).isEqualTo(3);
        assertThat(TextTable.width("東京")).isEqualTo(4);
        assertThat(TextTable.width("e\u0301")).isEqualTo(1);
        assertThat(TextTable.width("–")).isEqualTo(1);
        String text = new TextTable()
                .column("company", Align.LEFT)
                .column("n", Align.RIGHT)
                .row("東京", "1")
                .row("Tokyo Ltd", "22")
                .render();
        assertThat(text.lines()).containsExactly(
                "company     n",
                "---------  --",
                "東京        1",
                "Tokyo Ltd  22");
    }

    @Test
    void rowsMustMatchTheColumns() {
        TextTable table = new TextTable().column("a", Align.LEFT).column("b", Align.LEFT);
        assertThatThrownBy(() -> table.row("only one")).isInstanceOf(IllegalArgumentException.class);
        table.row("1", "2");
        assertThatThrownBy(() -> table.column("c", Align.LEFT)).isInstanceOf(IllegalStateException.class);
    }
}
