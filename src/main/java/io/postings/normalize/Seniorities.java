package io.postings.normalize;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Seniority from a column or a title (resource {@code seniority.txt}). A title with words of
 * several levels takes the most senior ("Senior Staff Engineer" is staff). Words written
 * {@code =word} in the file are read only as a column's whole value ("Executive"); the
 * phrases of the {@code none} line are no level ("Mid-Market", "Lead Generation").
 */
public final class Seniorities {
    /** The line of seniority.txt that lists phrases whose words are no seniority. */
    static final String NONE = "none";

    private final Map<String, Seniority> byPhrase = new HashMap<>();
    private final Map<String, List<List<String>>> phrasesByFirstWord = new HashMap<>();
    private final Map<List<String>, Seniority> levelOfPhrase = new HashMap<>();
    /** Phrases whose words name no level ("Mid-Market Account Executive", "Lead Generation"). */
    private final List<List<String>> notLevels = new java.util.ArrayList<>();

    public Seniorities() {
        for (List<String> entry : TaxonomyFile.resource("seniority.txt")) {
            if (entry.get(0).equalsIgnoreCase(NONE)) {
                entry.subList(1, entry.size()).forEach(p -> notLevels.add(Words.of(p)));
                continue;
            }
            Seniority level = Seniority.valueOf(entry.get(0).toUpperCase(java.util.Locale.ROOT));
            for (String phrase : entry) {
                // "=word": a column's whole value only, never a word in a title.
                boolean wholeValueOnly = phrase.startsWith("=");
                List<String> words = Words.of(wholeValueOnly ? phrase.substring(1) : phrase);
                byPhrase.putIfAbsent(String.join(" ", words), level);
                if (!words.isEmpty() && !wholeValueOnly) {
                    phrasesByFirstWord.computeIfAbsent(words.get(0), k -> new java.util.ArrayList<>()).add(words);
                    levelOfPhrase.putIfAbsent(words, level);
                }
            }
        }
    }

    /** A seniority column's value; the whole value first, else its words as for a title. */
    public Seniority ofValue(String value) {
        return valueMemo.apply(value);
    }

    private final Memo<Seniority> valueMemo = new Memo<>(this::matchValue);
    private final Memo<Seniority> titleMemo = new Memo<>(this::matchTitle);

    private Seniority matchValue(String value) {
        if (value == null) {
            return null;
        }
        Seniority whole = byPhrase.get(String.join(" ", Words.of(value)));
        return whole != null ? whole : ofTitle(value);
    }

    /** The most senior level named in a title, or null. */
    public Seniority ofTitle(String title) {
        return titleMemo.apply(title);
    }

    private Seniority matchTitle(String title) {
        if (title == null) {
            return null;
        }
        List<String> words = Words.of(title);
        boolean[] blocked = new boolean[words.size()];
        for (List<String> phrase : notLevels) {
            for (int i = 0; i + phrase.size() <= words.size(); i++) {
                if (words.subList(i, i + phrase.size()).equals(phrase)) {
                    java.util.Arrays.fill(blocked, i, i + phrase.size(), true);
                }
            }
        }
        Seniority best = null;
        for (int i = 0; i < words.size(); i++) {
            List<List<String>> candidates = phrasesByFirstWord.get(words.get(i));
            if (candidates == null || blocked[i]) {
                continue;
            }
            for (List<String> phrase : candidates) {
                if (i + phrase.size() <= words.size() && words.subList(i, i + phrase.size()).equals(phrase)) {
                    Seniority level = levelOfPhrase.get(phrase);
                    if (best == null || level.compareTo(best) > 0) {
                        best = level;
                    }
                }
            }
        }
        return best;
    }
}
