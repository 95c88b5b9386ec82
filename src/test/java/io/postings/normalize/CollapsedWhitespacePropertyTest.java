package io.postings.normalize;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.CharRange;
import net.jqwik.api.constraints.Chars;

/** A taxonomy cell's whitespace is collapsed exactly as the regex it replaced did. */
class CollapsedWhitespacePropertyTest {
    @Property(tries = 500)
    void collapsingEqualsTheRegexSplit(@ForAll @Chars({' ', '\t', '\n', '\u000B', '\f', '\r', '\u00A0', '\u2003', '\u001F'})
            @CharRange(from = 'a', to = 'e') String cell) {
        assertThat(SkillTaxonomy.collapsed(cell)).isEqualTo(String.join(" ", cell.strip().split("\\s+")));
    }
}
