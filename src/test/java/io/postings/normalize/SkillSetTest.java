package io.postings.normalize;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.Size;
import net.jqwik.api.constraints.StringLength;
import org.junit.jupiter.api.Test;

class SkillSetTest {

    /** The posting's skill set must behave as the LinkedHashSet it replaced: each once, in order first added. */
    @Property
    void behavesAsAnInsertionOrderedSet(@ForAll @Size(max = 40) List<@StringLength(max = 3) String> names) {
        SkillSet set = new SkillSet(2);
        Set<String> expected = new LinkedHashSet<>();
        for (String name : names) {
            // Equal names as separate instances too: the identity test is only a shortcut.
            assertThat(set.add(new String(name))).isEqualTo(expected.add(name));
        }
        assertThat(new ArrayList<>(set)).containsExactlyElementsOf(expected);
        assertThat(set).isEqualTo(expected).hasSameHashCodeAs(expected);
        for (int i = 0; i < set.size(); i++) {
            assertThat(set.get(i)).isEqualTo(new ArrayList<>(expected).get(i));
        }
        for (String name : names) {
            assertThat(set.contains(name)).isTrue();
        }
        assertThat(set.contains("not there, too long")).isFalse();
    }

    @Test
    void refusesNullAndReadsPastTheEnd() {
        SkillSet set = new SkillSet();
        set.add("Java");
        assertThatThrownBy(() -> set.add(null)).isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> set.get(1)).isInstanceOf(IndexOutOfBoundsException.class);
        assertThatThrownBy(() -> set.iterator().remove()).isInstanceOf(UnsupportedOperationException.class);
    }
}
