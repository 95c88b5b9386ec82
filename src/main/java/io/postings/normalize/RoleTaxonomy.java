package io.postings.normalize;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Canonical roles and the title phrases that mean them (resource {@code roles.txt}).
 * A title's role is the role of the longest phrase found in it as whole words.
 */
public final class RoleTaxonomy {
    private final List<String> roles;
    private final Map<String, String> byFoldedName;
    private final PhraseMatcher<String> matcher = new PhraseMatcher<>();

    private RoleTaxonomy(List<List<String>> entries) {
        Map<String, List<String>> merged = new LinkedHashMap<>();
        for (List<String> entry : entries) {
            merged.computeIfAbsent(entry.get(0), k -> new ArrayList<>()).addAll(entry);
        }
        this.roles = List.copyOf(merged.keySet());
        this.byFoldedName = new LinkedHashMap<>();
        for (Map.Entry<String, List<String>> e : merged.entrySet()) {
            byFoldedName.putIfAbsent(Text.fold(e.getKey()), e.getKey());
            for (String phrase : e.getValue()) {
                matcher.add(phrase, e.getKey());
            }
        }
    }

    public static RoleTaxonomy defaults() {
        return new RoleTaxonomy(TaxonomyFile.resource("roles.txt"));
    }

    /**
     * {@code FILE} replaces the default taxonomy; {@code +FILE} extends it, its entries
     * taking precedence over the defaults.
     */
    public static RoleTaxonomy load(String spec) throws IOException {
        if (spec == null) {
            return defaults();
        }
        if (spec.startsWith("+")) {
            List<List<String>> entries = new ArrayList<>(TaxonomyFile.file(Path.of(spec.substring(1))));
            entries.addAll(TaxonomyFile.resource("roles.txt"));
            return new RoleTaxonomy(entries);
        }
        return new RoleTaxonomy(TaxonomyFile.file(Path.of(spec)));
    }

    public List<String> roles() {
        return roles;
    }

    /** The role a job title means, or null. */
    public String ofTitle(String title) {
        return title == null ? null : matcher.longest(Words.of(title));
    }

    /** The role a role column's value means: its canonical name, else as for a title. */
    public String ofRoleValue(String value) {
        if (value == null) {
            return null;
        }
        String exact = byFoldedName.get(Text.fold(value));
        return exact != null ? exact : ofTitle(value);
    }

    /**
     * The canonical role a user typed, matched case-insensitively; punctuation counts as a
     * space when nothing matches exactly ("full stack developer" is Full-Stack Developer).
     */
    public Optional<String> named(String name) {
        String exact = byFoldedName.get(Text.fold(name));
        if (exact != null) {
            return Optional.of(exact);
        }
        String words = String.join(" ", Words.of(name));
        return roles.stream().filter(r -> String.join(" ", Words.of(r)).equals(words) && !words.isEmpty()).findFirst();
    }

    /**
     * Known roles closest to a name a user typed, closest first: roles containing every typed
     * word, then roles containing some of them, then the rest; within each group by how close
     * each typed word comes to a word of the role (edit distance), then by the edit distance of
     * the whole names, then by name. So "backend" suggests Backend Developer first, and
     * "embeded" Embedded Developer.
     */
    public static List<String> closest(String name, List<String> candidates, int limit) {
        String typed = String.join(" ", Words.of(name));
        List<String> typedWords = Words.of(name);
        return candidates.stream()
                .sorted(Comparator.<String>comparingInt(c -> -containedWords(typedWords, c))
                        .thenComparingInt(c -> wordDistance(typedWords, Words.of(c)))
                        .thenComparingInt(c -> distance(typed, String.join(" ", Words.of(c))))
                        .thenComparing(Comparator.naturalOrder()))
                .limit(limit)
                .toList();
    }

    /** 2 when the candidate contains every typed word, 1 when some, 0 when none. */
    private static int containedWords(List<String> typedWords, String candidate) {
        String joined = String.join(" ", Words.of(candidate));
        long contained = typedWords.stream().filter(joined::contains).count();
        return contained == 0 ? 0 : contained == typedWords.size() ? 2 : 1;
    }

    /** Sum over the typed words of the edit distance to the nearest word of the candidate. */
    private static int wordDistance(List<String> typedWords, List<String> candidateWords) {
        int sum = 0;
        for (String t : typedWords) {
            int best = t.length();
            for (String c : candidateWords) {
                best = Math.min(best, distance(t, c));
            }
            sum += best;
        }
        return sum;
    }

    static int distance(String a, String b) {
        int[] prev = new int[b.length() + 1];
        int[] cur = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            prev[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            cur[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                cur[j] = Math.min(Math.min(cur[j - 1] + 1, prev[j] + 1), prev[j - 1] + cost);
            }
            int[] t = prev;
            prev = cur;
            cur = t;
        }
        return prev[b.length()];
    }
}
