package io.postings.normalize;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Canonical skills and their aliases (resource {@code skills.txt}). A raw skill name maps to
 * its canonical name when its folded form (lower case, whitespace collapsed) is an alias.
 */
public final class SkillTaxonomy {
    private final Map<String, String> byAlias = new HashMap<>();
    private final Set<String> canonical = new LinkedHashSet<>();

    private SkillTaxonomy(List<List<String>> entries) {
        for (List<String> entry : entries) {
            String name = entry.get(0);
            canonical.add(name);
            for (String alias : entry) {
                byAlias.putIfAbsent(Text.fold(alias), name);
            }
        }
    }

    public static SkillTaxonomy defaults() {
        return new SkillTaxonomy(TaxonomyFile.resource("skills.txt"));
    }

    /** {@code FILE} replaces the default taxonomy; {@code +FILE} extends it, its aliases taking precedence. */
    public static SkillTaxonomy load(String spec) throws IOException {
        if (spec == null) {
            return defaults();
        }
        if (spec.startsWith("+")) {
            List<List<String>> entries = new ArrayList<>(TaxonomyFile.file(Path.of(spec.substring(1))));
            entries.addAll(TaxonomyFile.resource("skills.txt"));
            return new SkillTaxonomy(entries);
        }
        return new SkillTaxonomy(TaxonomyFile.file(Path.of(spec)));
    }

    /** The canonical name of a raw skill name, or null when it matches none. */
    public String canonical(String raw) {
        return byAlias.get(Text.fold(raw));
    }

    public Set<String> names() {
        return canonical;
    }
}
