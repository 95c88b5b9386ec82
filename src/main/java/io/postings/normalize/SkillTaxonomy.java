package io.postings.normalize;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Canonical skills and their aliases (resource {@code skills.txt}). A raw skill name maps to
 * its canonical name when its folded form (lower case, whitespace collapsed) is an alias.
 *
 * <p>Cells may carry the markers {@code skills.txt} documents for text extraction: {@code ?}
 * (an ordinary word, found only as written and in context), {@code ~} (list only, never
 * searched for in text) and {@code !} (a stop phrase, no alias at all). Markers never change
 * which canonical name a raw list name maps to.
 */
public final class SkillTaxonomy {
    private final Map<String, String> byAlias = new HashMap<>();
    private final Set<String> canonical = new LinkedHashSet<>();
    private final List<SkillPattern> patterns = new ArrayList<>();
    private volatile SkillExtractor extractor;

    private SkillTaxonomy(List<List<String>> entries) {
        Map<String, Integer> index = new LinkedHashMap<>();
        for (List<String> entry : entries) {
            if (entry.get(0).startsWith("!")) {
                // A line of stop phrases only.
                entry.forEach(cell -> addPattern(cell, -1));
                continue;
            }
            String name = unmarked(entry.get(0));
            if (name.isEmpty()) {
                continue;
            }
            canonical.add(name);
            int skill = index.computeIfAbsent(name, n -> index.size());
            for (String cell : entry) {
                if (!cell.startsWith("!")) {
                    byAlias.putIfAbsent(Text.fold(unmarked(cell)), name);
                }
                addPattern(cell, skill);
            }
        }
    }

    private void addPattern(String cell, int skill) {
        if (cell.startsWith("~")) {
            return;
        }
        SkillPattern.Match match = cell.startsWith("!") ? SkillPattern.Match.STOP : cell.startsWith("?") ? SkillPattern.Match.AS_WRITTEN : SkillPattern.Match.ANY_CASE;
        String text = collapsed(unmarked(cell));
        if (!text.isEmpty()) {
            patterns.add(new SkillPattern(text, match == SkillPattern.Match.STOP ? -1 : skill, match));
        }
    }

    public static SkillTaxonomy defaults() {
        return new SkillTaxonomy(TaxonomyFile.resource("skills.txt"));
    }

    /** The taxonomy a spec names: the built-in one, a file replacing it, or (+FILE) one extending it, its aliases taking precedence. */
    public static SkillTaxonomy load(TaxonomySpec spec) throws IOException {
        return spec.builtIn() ? defaults() : new SkillTaxonomy(spec.entries("skills.txt"));
    }

    /** The canonical name of a raw skill name, or null when it matches none. */
    public String canonical(String raw) {
        return canonicalMemo.apply(raw);
    }

    private final Memo<String> canonicalMemo = new Memo<>(raw -> byAlias.get(Text.fold(raw)));

    /** Canonical names in file order (the first line that names a skill places it). */
    public Set<String> names() {
        return canonical;
    }

    /** Every text pattern in file order: names and aliases not marked list-only, and stop phrases. */
    public List<SkillPattern> patterns() {
        return Collections.unmodifiableList(patterns);
    }

    /** The matcher over this taxonomy's patterns, built on first use (it costs a few milliseconds). */
    public SkillExtractor extractor() {
        SkillExtractor e = extractor;
        if (e == null) {
            synchronized (this) {
                e = extractor;
                if (e == null) {
                    e = new SkillExtractor(new ArrayList<>(canonical), patterns);
                    extractor = e;
                }
            }
        }
        return e;
    }

    private static String unmarked(String cell) {
        String c = cell;
        while (!c.isEmpty() && (c.charAt(0) == '?' || c.charAt(0) == '~' || c.charAt(0) == '!')) {
            c = c.substring(1);
        }
        return c.strip();
    }

    /**
     * Stripped, each run of ASCII whitespace (regex {@code \s}) one space: by hand, since a
     * {@code split("\\s+")} compiled a pattern for each of the taxonomy's 1,400 cells at start-up.
     */
    static String collapsed(String s) {
        String t = s.strip();
        StringBuilder out = new StringBuilder(t.length());
        boolean gap = false;
        for (int i = 0; i < t.length(); i++) {
            char c = t.charAt(i);
            if (c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r') {
                gap = true;
                continue;
            }
            if (gap) {
                out.append(' ');
                gap = false;
            }
            out.append(c);
        }
        return out.toString();
    }
}
