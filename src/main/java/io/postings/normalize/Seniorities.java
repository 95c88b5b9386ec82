package io.postings.normalize;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Seniority from a column or a title (resource {@code seniority.txt}). A title with words of
 * several levels takes the most senior ("Senior Staff Engineer" is staff).
 */
public final class Seniorities {
    private final Map<String, Seniority> byPhrase = new HashMap<>();
    private final Map<String, List<List<String>>> phrasesByFirstWord = new HashMap<>();
    private final Map<List<String>, Seniority> levelOfPhrase = new HashMap<>();

    public Seniorities() {
        for (List<String> entry : TaxonomyFile.resource("seniority.txt")) {
            Seniority level = Seniority.valueOf(entry.get(0).toUpperCase(java.util.Locale.ROOT));
            for (String phrase : entry) {
                byPhrase.putIfAbsent(String.join(" ", Words.of(phrase)), level);
                List<String> words = Words.of(phrase);
                if (!words.isEmpty()) {
                    phrasesByFirstWord.computeIfAbsent(words.get(0), k -> new java.util.ArrayList<>()).add(words);
                    levelOfPhrase.putIfAbsent(words, level);
                }
            }
        }
    }

    /** A seniority column's value; the whole value first, else its words as for a title. */
    public Seniority ofValue(String value) {
        if (value == null) {
            return null;
        }
        Seniority whole = byPhrase.get(String.join(" ", Words.of(value)));
        return whole != null ? whole : ofTitle(value);
    }

    /** The most senior level named in a title, or null. */
    public Seniority ofTitle(String title) {
        if (title == null) {
            return null;
        }
        List<String> words = Words.of(title);
        Seniority best = null;
        for (int i = 0; i < words.size(); i++) {
            List<List<String>> candidates = phrasesByFirstWord.get(words.get(i));
            if (candidates == null) {
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
