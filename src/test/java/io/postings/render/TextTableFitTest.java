package io.postings.render;

import static org.assertj.core.api.Assertions.assertThat;

import io.postings.render.TextTable.Align;
import org.junit.jupiter.api.Test;

/** {@link TextTable#render(int)}: tables shortened to a terminal's width, text columns first, numbers never. */
class TextTableFitTest {

    private static TextTable table() {
        return new TextTable().column("skill", Align.LEFT).column("share", Align.RIGHT).column("note", Align.LEFT)
                .row("Infrastructure as Code", "35%", "a fairly long explanation")
                .row("Go", "12%", "short");
    }

    @Test
    void noLimitOrEnoughRoomChangesNothing() {
        assertThat(table().render(0)).isEqualTo(table().render());
        assertThat(table().render(200)).isEqualTo(table().render());
    }

    @Test
    void widestTextColumnsGiveWayWithAnEllipsis() {
        String fitted = table().render(40);
        for (String line : fitted.split("\n")) {
            assertThat(TextTable.width(line)).isLessThanOrEqualTo(40);
        }
        assertThat(fitted).contains("35%").contains("12%").contains("…").contains("Go");
        assertThat(fitted.lines().findFirst().orElseThrow()).startsWith("skill");
    }

    @Test
    void numbersAreNeverCutEvenWhenTheWidthCannotBeMet() {
        String fitted = table().render(5);
        assertThat(fitted).contains("35%").contains("12%");
        for (String line : fitted.split("\n")) {
            // Text columns stop at their minimum width: 8 + 2 + 5 + 2 + 8.
            assertThat(TextTable.width(line)).isLessThanOrEqualTo(25);
        }
    }
}
