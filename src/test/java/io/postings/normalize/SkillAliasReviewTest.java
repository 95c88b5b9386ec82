package io.postings.normalize;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * An alias is the same thing under another name, never a neighbour or a category: GitLab CI is
 * not GitLab, Istio is not Service Mesh. Every alias of skills.txt whose name differs from its
 * canonical skill by more than case, spaces and punctuation is listed, as reviewed, in
 * src/test/resources/skills/reviewed-aliases.txt; an alias added or moved fails here until it
 * is reviewed and written there too.
 */
class SkillAliasReviewTest {

    @Test
    void everyAliasThatIsNotTheCanonicalNameRespelledIsReviewed() throws IOException {
        Map<String, Set<String>> actual = aliases(TaxonomyFile.resource("skills.txt"));
        Map<String, Set<String>> reviewed = aliases(TaxonomyFile.file(Path.of("src/test/resources/skills/reviewed-aliases.txt")));

        List<String> unreviewed = new ArrayList<>();
        actual.forEach((skill, names) -> names.stream().filter(n -> !reviewed.getOrDefault(skill, Set.of()).contains(n))
                .forEach(n -> unreviewed.add(n + " -> " + skill)));
        List<String> gone = new ArrayList<>();
        reviewed.forEach((skill, names) -> names.stream().filter(n -> !actual.getOrDefault(skill, Set.of()).contains(n))
                .forEach(n -> gone.add(n + " -> " + skill)));
        assertThat(unreviewed).as("aliases in skills.txt not in reviewed-aliases.txt (review them: the same thing"
                + " under another name?)").isEmpty();
        assertThat(gone).as("reviewed aliases no longer in skills.txt").isEmpty();
    }

    @Test
    void namedProductsAreTheirOwnSkills() {
        SkillTaxonomy skills = SkillTaxonomy.defaults();

        assertThat(skills.canonical("gitlab ci")).isEqualTo("GitLab CI");
        assertThat(skills.canonical("gitlab")).isEqualTo("GitLab");
        assertThat(skills.canonical("istio")).isEqualTo("Istio");
        assertThat(skills.canonical("linkerd")).isEqualTo("Linkerd");
        assertThat(skills.canonical("yocto")).isEqualTo("Yocto");
        assertThat(skills.canonical("eks")).isEqualTo("EKS");
        assertThat(skills.canonical("pinecone")).isEqualTo("Pinecone");
        assertThat(skills.canonical("freertos")).isEqualTo("FreeRTOS");
        assertThat(skills.canonical("looker studio")).isEqualTo("Looker Studio");
        assertThat(skills.canonical("k8s")).isEqualTo("Kubernetes");
        assertThat(skills.extractor().extract("CI with GitLab CI, a mesh on Istio, images built with Yocto."))
                .contains("GitLab CI", "Istio", "Yocto").doesNotContain("GitLab", "Service Mesh", "Embedded Linux");
    }

    /** Per canonical name, its aliases (lower-cased, markers and stop phrases left out) that are not it respelled. */
    private static Map<String, Set<String>> aliases(List<List<String>> entries) {
        Map<String, Set<String>> out = new LinkedHashMap<>();
        for (List<String> entry : entries) {
            String skill = unmarked(entry.get(0));
            for (String cell : entry.subList(1, entry.size())) {
                String alias = unmarked(cell).toLowerCase(Locale.ROOT);
                if (!cell.startsWith("!") && !squeezed(alias).equals(squeezed(skill))) {
                    out.computeIfAbsent(skill, k -> new LinkedHashSet<>()).add(alias);
                }
            }
        }
        return out;
    }

    private static String unmarked(String cell) {
        String c = cell;
        while (!c.isEmpty() && (c.charAt(0) == '?' || c.charAt(0) == '~' || c.charAt(0) == '!')) {
            c = c.substring(1);
        }
        return String.join(" ", c.strip().split("\\s+"));
    }

    /** Case, spaces and punctuation dropped: "Vue.js" and "vuejs" are one name respelled. */
    private static String squeezed(String name) {
        return name.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}+#]", "");
    }
}
