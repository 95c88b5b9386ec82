package io.postings.normalize;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Finds which of many multi-word phrases occur in a text as whole words, and returns the
 * value of the longest one (in characters); among equally long phrases the one added first
 * wins. Phrases are indexed by their first word, so a text is scanned once.
 */
final class PhraseMatcher<V> {
    private record Phrase<V>(String[] words, int length, int order, V value) {
    }

    private final Map<String, List<Phrase<V>>> byFirstWord = new HashMap<>();
    private int added;

    void add(String phrase, V value) {
        List<String> words = Words.of(phrase);
        if (words.isEmpty()) {
            return;
        }
        int length = String.join(" ", words).length();
        byFirstWord.computeIfAbsent(words.get(0), k -> new ArrayList<>())
                .add(new Phrase<>(words.toArray(String[]::new), length, added++, value));
    }

    V longest(List<String> words) {
        Phrase<V> best = null;
        for (int i = 0; i < words.size(); i++) {
            List<Phrase<V>> candidates = byFirstWord.get(words.get(i));
            if (candidates == null) {
                continue;
            }
            for (Phrase<V> p : candidates) {
                if (matchesAt(p.words, words, i)
                        && (best == null || p.length > best.length || (p.length == best.length && p.order < best.order))) {
                    best = p;
                }
            }
        }
        return best == null ? null : best.value;
    }

    private static boolean matchesAt(String[] phrase, List<String> words, int at) {
        if (at + phrase.length > words.size()) {
            return false;
        }
        for (int j = 0; j < phrase.length; j++) {
            if (!phrase[j].equals(words.get(at + j))) {
                return false;
            }
        }
        return true;
    }
}
