package io.postings.normalize;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

/** Reading a cell in place gives what {@link SkillList#parse} and {@link SkillTaxonomy#canonical} give. */
class SkillNamesTest {
    private static final SkillTaxonomy TAXONOMY = SkillTaxonomy.defaults();

    /** "raw=canonical" per name, as the normalizer sees them; null when the cell is a bracketed list. */
    private static List<String> inPlace(SkillNames names, String cell) {
        List<String> out = new ArrayList<>();
        return names.read(cell, (raw, canonical) -> out.add(raw + "=" + canonical)) ? out : null;
    }

    private static List<String> parsed(String cell) {
        List<String> out = new ArrayList<>();
        for (String raw : SkillList.parse(cell)) {
            out.add(raw + "=" + TAXONOMY.canonical(raw));
        }
        return out;
    }

    @Property(tries = 2000)
    void readsWhatTheListParserAndTheTaxonomyRead(@ForAll("cells") String cell) {
        SkillNames names = new SkillNames(TAXONOMY);
        // Twice: the second time every name comes from what was remembered.
        for (int i = 0; i < 2; i++) {
            List<String> read = inPlace(names, cell);
            if (read != null) {
                assertThat(read).isEqualTo(parsed(cell));
            } else {
                assertThat(cell.strip()).startsWith("[").endsWith("]");
            }
        }
    }

    @Provide
    Arbitrary<String> cells() {
        Arbitrary<String> name = Arbitraries.of("Java", "java ", " Go", "Spring Boot", "K8s", "kubernetes", "C#", "c++",
                "n/a", "NULL", "none", "-1", "[]", "", " ", "Léa", "Scrum Master", "made up skill", "AWS", "aws",
                "\u00a0SQL", "Node.js", "[x", "x]");
        Arbitrary<String> separator = Arbitraries.of(";", "; ", "|", ",", " , ", ";;", "\t");
        return Arbitraries.lazy(() -> Arbitraries.oneOf(
                name,
                name.list().ofMinSize(1).ofMaxSize(6).flatMap(names -> separator.map(sep -> String.join(sep, names))),
                Arbitraries.strings().withChars(";|, ab[]\t'\"").ofMaxLength(20)));
    }

    @Test
    void aBracketedListIsLeftToTheListParser() {
        assertThat(inPlace(new SkillNames(TAXONOMY), " ['python', 'sql'] ")).isNull();
        assertThat(inPlace(new SkillNames(TAXONOMY), "Java; n/a ;;Go")).containsExactly("Java=Java", "Go=Go");
    }
}
