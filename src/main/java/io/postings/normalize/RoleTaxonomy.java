package io.postings.normalize;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Canonical roles and the title phrases that mean them (resource {@code roles.txt}).
 *
 * <p>A title is split into words ({@link Words}); every phrase of every role is looked for in
 * it as whole words, and the best match wins: a role not marked {@code @fallback} beats a
 * fallback role ("Software Engineer, Backend" is Backend Developer, not Software Engineer),
 * then the longer phrase (in characters), then the role listed first. Between the words of
 * a phrase, noise words (seniority words, level numbers, "remote"...) are skipped, so
 * "Software Engineer II, Backend" still contains "software engineer backend". A phrase
 * written {@code a + b} needs each part somewhere in the title, in any order. A phrase
 * written {@code !phrase} excludes its role from titles that contain it ("Account Executive,
 * Embedded Finance" is no Embedded Developer).
 */
public final class RoleTaxonomy {
    private static final String NOISE = "@noise";
    private static final String FALLBACK = "@fallback";
    /** Where a title's first part ends, for the key of an unmatched title: comma, bar, bracket, spaced dash. */
    private static final Pattern FIRST_PART = Pattern.compile("[,|(\\[:;]|\\s[-–—]\\s|\\s[-–—]|[-–—]\\s");

    /** Job words that say little alone: "Manager, Sales Development" is listed with its next part. */
    private static final Set<String> GENERIC_HEADS = Set.of("manager", "engineer", "analyst", "specialist", "director",
            "consultant", "architect", "developer", "designer", "scientist", "administrator", "coordinator",
            "representative", "officer", "advisor", "partner", "technician", "counsel", "researcher", "strategist");

    private final List<String> roles;
    private final Map<String, String> byFoldedName;
    private final Map<String, List<Rule>> byFirstWord = new HashMap<>();
    private final Map<String, List<List<String>>> exclusions = new HashMap<>();
    private final Set<String> fallback = new HashSet<>();
    private final Set<String> noise = new HashSet<>();
    /** Each role's phrases as written (the name first), exclusions apart: what {@code roles --aliases} lists. */
    private final Map<String, List<String>> phrases = new LinkedHashMap<>();
    private final Map<String, List<String>> excluded = new LinkedHashMap<>();
    /** A plain phrase's words (joined by spaces) to the first role that lists it: the aliases a user may type. */
    private final Map<String, String> byAlias = new HashMap<>();
    /** Seniority phrases as words ("sr", "entry level"), and phrases that only look like one ("lead generation"). */
    private final List<List<String>> seniority = new ArrayList<>();
    private final List<List<String>> notSeniority = new ArrayList<>();
    private int added;

    /** One phrase, or one part of an all-of combination, of a role. */
    private record Rule(String role, List<List<String>> parts, int length, int order, boolean fallback) {
    }

    private RoleTaxonomy(List<List<String>> entries) {
        Map<String, List<String>> merged = new LinkedHashMap<>();
        for (List<String> entry : entries) {
            String name = entry.get(0);
            if (name.equalsIgnoreCase(NOISE)) {
                entry.subList(1, entry.size()).forEach(w -> noise.addAll(Words.of(w)));
            } else if (name.equalsIgnoreCase(FALLBACK)) {
                fallback.addAll(entry.subList(1, entry.size()));
            } else {
                merged.computeIfAbsent(name, k -> new ArrayList<>()).addAll(entry);
            }
        }
        // Seniority words never name a role, so they are noise inside a title too.
        for (List<String> level : TaxonomyFile.resource("seniority.txt")) {
            boolean none = level.get(0).equalsIgnoreCase("none");
            for (String phrase : level.subList(1, level.size())) {
                // "=executive" is a whole-value level only ("Account Executive" keeps its word).
                List<String> words = phrase.startsWith("=") ? List.of() : Words.of(phrase);
                if (words.isEmpty()) {
                    continue;
                }
                (none ? notSeniority : seniority).add(words);
                if (!none && words.size() == 1) {
                    noise.add(words.get(0));
                }
            }
        }
        this.roles = List.copyOf(merged.keySet());
        this.byFoldedName = new LinkedHashMap<>();
        for (Map.Entry<String, List<String>> e : merged.entrySet()) {
            String role = e.getKey();
            byFoldedName.putIfAbsent(Text.fold(role), role);
            for (String cell : e.getValue()) {
                if (cell.startsWith("!")) {
                    List<String> words = Words.of(cell.substring(1));
                    if (!words.isEmpty()) {
                        exclusions.computeIfAbsent(role, k -> new ArrayList<>()).add(words);
                        addOnce(excluded, role, cell.substring(1).strip());
                    }
                } else {
                    add(role, cell);
                    addOnce(phrases, role, cell.strip());
                    if (!cell.contains("+") && !Words.of(cell).isEmpty()) {
                        byAlias.putIfAbsent(String.join(" ", Words.of(cell)), role);
                    }
                }
            }
        }
    }

    private void add(String role, String phrase) {
        List<List<String>> parts = new ArrayList<>();
        int length = -1;
        for (String part : phrase.split("\\+")) {
            List<String> words = Words.of(part);
            if (words.isEmpty()) {
                continue;
            }
            parts.add(words);
            length += String.join(" ", words).length() + 1;
        }
        if (parts.isEmpty()) {
            return;
        }
        // Indexed by the first word of the first part; the other parts are checked anywhere.
        byFirstWord.computeIfAbsent(parts.get(0).get(0), k -> new ArrayList<>())
                .add(new Rule(role, List.copyOf(parts), length, added++, fallback.contains(role)));
    }

    private static void addOnce(Map<String, List<String>> lists, String role, String phrase) {
        List<String> list = lists.computeIfAbsent(role, k -> new ArrayList<>());
        if (list.stream().noneMatch(phrase::equalsIgnoreCase)) {
            list.add(phrase);
        }
    }

    public static RoleTaxonomy defaults() {
        return new RoleTaxonomy(TaxonomyFile.resource("roles.txt"));
    }

    /** The taxonomy a spec names: the built-in one, a file replacing it, or (+FILE) one extending it, its entries taking precedence. */
    public static RoleTaxonomy load(TaxonomySpec spec) throws IOException {
        return spec.builtIn() ? defaults() : new RoleTaxonomy(spec.entries("roles.txt"));
    }

    public List<String> roles() {
        return roles;
    }

    /** The role a job title means, or null. */
    public String ofTitle(String title) {
        return titleMemo.apply(title);
    }

    private final Memo<String> titleMemo = new Memo<>(this::matchTitle);

    private String matchTitle(String title) {
        if (title == null) {
            return null;
        }
        List<String> words = Words.of(title);
        Rule best = null;
        Map<String, Boolean> excluded = new HashMap<>();
        for (int i = 0; i < words.size(); i++) {
            List<Rule> candidates = byFirstWord.get(words.get(i));
            if (candidates == null) {
                continue;
            }
            for (Rule p : candidates) {
                if (better(p, best) && matches(p, words, i)
                        && !excluded.computeIfAbsent(p.role, r -> isExcluded(r, words))) {
                    best = p;
                }
            }
        }
        return best == null ? null : best.role;
    }

    private static boolean better(Rule p, Rule best) {
        if (best == null) {
            return true;
        }
        if (p.fallback != best.fallback) {
            return best.fallback;
        }
        return p.length > best.length || (p.length == best.length && p.order < best.order);
    }

    private boolean matches(Rule p, List<String> words, int at) {
        if (matchAt(p.parts.get(0), words, at) < 0) {
            return false;
        }
        for (int k = 1; k < p.parts.size(); k++) {
            if (!occurs(p.parts.get(k), words)) {
                return false;
            }
        }
        return true;
    }

    private boolean isExcluded(String role, List<String> words) {
        List<List<String>> phrases = exclusions.get(role);
        if (phrases != null) {
            for (List<String> phrase : phrases) {
                if (occurs(phrase, words)) {
                    return true;
                }
            }
        }
        return false;
    }

    private boolean occurs(List<String> phrase, List<String> words) {
        for (int i = 0; i < words.size(); i++) {
            if (matchAt(phrase, words, i) >= 0) {
                return true;
            }
        }
        return false;
    }

    /**
     * Index after the phrase when it starts at {@code at}, else -1. After its first word,
     * noise words in the title that the phrase does not name are skipped.
     */
    private int matchAt(List<String> phrase, List<String> words, int at) {
        if (at >= words.size() || !phrase.get(0).equals(words.get(at))) {
            return -1;
        }
        int k = at + 1;
        for (int j = 1; j < phrase.size(); j++) {
            while (k < words.size() && !phrase.get(j).equals(words.get(k)) && noise.contains(words.get(k))) {
                k++;
            }
            if (k >= words.size() || !phrase.get(j).equals(words.get(k))) {
                return -1;
            }
            k++;
        }
        return k;
    }

    /** The role a role column's value means: its canonical name, else as for a title. */
    public String ofRoleValue(String value) {
        return roleValueMemo.apply(value);
    }

    private final Memo<String> roleValueMemo = new Memo<>(this::matchRoleValue);

    private String matchRoleValue(String value) {
        if (value == null) {
            return null;
        }
        String exact = byFoldedName.get(Text.fold(value));
        return exact != null ? exact : ofTitle(value);
    }

    /**
     * How a title that matched no role is listed, so that its variants count together: its
     * first part (before a comma, bar, bracket, colon or spaced dash: "Account Executive,
     * Bridge" is "account executive"), lower-cased, accents and punctuation dropped, without
     * noise words such as "Senior" or "II". A first part that is only a generic job word takes
     * the next part too ("Manager, Sales Development" is "manager sales development"). A title with no words
     * is "(no title)".
     */
    public String titleKey(String title) {
        if (title == null) {
            return "(no title)";
        }
        List<String> key = new ArrayList<>();
        for (String part : FIRST_PART.split(title.strip())) {
            List<String> words = Words.of(part);
            for (int i = 0; i < words.size(); i++) {
                // "Head of Procurement" keeps its head: a noise word before "of" is part of the title.
                boolean beforeOf = i + 1 < words.size() && words.get(i + 1).equals("of");
                if (!noise.contains(words.get(i)) || beforeOf) {
                    key.add(words.get(i));
                }
            }
            if (key.size() >= 2 || key.size() == 1 && !GENERIC_HEADS.contains(key.get(0))) {
                break;
            }
        }
        if (key.isEmpty()) {
            key = Words.of(title);
        }
        return key.isEmpty() ? "(no title)" : String.join(" ", key);
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
     * The role whose alias (a plain phrase of roles.txt, compared as words: "Back-end engineer"
     * is "back end engineer") is these words; the role listed first when two list it.
     */
    public Optional<String> aliased(List<String> words) {
        return Optional.ofNullable(byAlias.get(String.join(" ", words)));
    }

    /** The role's phrases as roles.txt writes them, its own name first, then its aliases; exclusions apart. */
    public List<String> phrases(String role) {
        return phrases.getOrDefault(role, List.of());
    }

    /** The phrases that keep a title off the role ("!asic"), without the "!". */
    public List<String> exclusions(String role) {
        return excluded.getOrDefault(role, List.of());
    }

    /** True for a generic role that any specialisation beats (Software Engineer). */
    public boolean isFallback(String role) {
        return fallback.contains(role);
    }

    /** True for a word that says nothing about the role: a level ("II"), "remote", "contract"... */
    public boolean isNoise(String word) {
        return noise.contains(word);
    }

    /** Seniority phrases (seniority.txt) as words: "sr", "entry level"... */
    public List<List<String>> seniorityPhrases() {
        return seniority;
    }

    /** Phrases that contain a seniority word but are none ("lead generation", "staff writer"). */
    public List<List<String>> notSeniorityPhrases() {
        return notSeniority;
    }
}
