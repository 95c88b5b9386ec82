package io.postings.normalize;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * The known roles closest to a name that matched none, ranked over every role's canonical name
 * AND its aliases: a role is as close as its closest phrase, so "Embeded Software Engineer"
 * finds Embedded Developer through its alias "embedded software engineer" before the generic
 * Software Engineer. Closeness, in order: how many of the typed words the phrase has (all, some,
 * none; a word counts when equal, a typo of one, or the start of one), then the summed edit
 * distance from each typed word to the phrase's nearest word, then the edit distance of the
 * whole texts, then the name. When posting counts are known, a role with postings goes before
 * one without in the same group, so a close populated role is never listed after an empty one.
 */
public final class RoleSuggestions {
    /**
     * A suggested role.
     *
     * @param phrase   the name or alias that came closest
     * @param postings the role's postings in the input read, or null when no input was read
     */
    public record Candidate(String role, String phrase, Long postings) {
        /** {@code "Backend Developer" (as "backend engineer", 6 postings)}. */
        public String label() {
            List<String> notes = new ArrayList<>();
            if (!String.join(" ", Words.of(phrase)).equals(String.join(" ", Words.of(role)))) {
                notes.add("as \"" + phrase + "\"");
            }
            if (postings != null) {
                notes.add(postings + (postings == 1 ? " posting" : " postings"));
            }
            return "\"" + role + "\"" + (notes.isEmpty() ? "" : " (" + String.join(", ", notes) + ")");
        }
    }

    private record Score(Candidate candidate, int contained, boolean empty, int wordDistance, int distance) {
    }

    private RoleSuggestions() {
    }

    /**
     * The {@code limit} roles of the taxonomy closest to the typed words.
     *
     * @param counts postings per role when an input has been read, else null
     */
    public static List<Candidate> closest(RoleTaxonomy taxonomy, List<String> typed, Map<String, Long> counts, int limit) {
        List<Score> scores = new ArrayList<>();
        for (String role : taxonomy.roles()) {
            Long postings = counts == null ? null : counts.getOrDefault(role, 0L);
            Score best = null;
            for (String phrase : taxonomy.phrases(role)) {
                List<String> words = words(phrase);
                if (words.isEmpty()) {
                    continue;
                }
                Score s = new Score(new Candidate(role, phrase, postings), contained(typed, words),
                        postings != null && postings == 0, wordDistance(typed, words),
                        distance(String.join(" ", typed), String.join(" ", words)));
                if (best == null || ORDER.compare(s, best) < 0) {
                    best = s;
                }
            }
            if (best != null) {
                scores.add(best);
            }
        }
        return scores.stream().sorted(ORDER).limit(limit).map(Score::candidate).toList();
    }

    private static final Comparator<Score> ORDER = Comparator.<Score>comparingInt(s -> -s.contained)
            .thenComparing(Score::empty)
            .thenComparingInt(Score::wordDistance)
            .thenComparingInt(Score::distance)
            .thenComparing(s -> s.candidate.role());

    /** A phrase of roles.txt as words; the "+" of an all-of phrase ("embedded + engineer") is no word. */
    static List<String> words(String phrase) {
        List<String> words = new ArrayList<>(Words.of(phrase));
        words.removeIf("+"::equals);
        return words;
    }

    /**
     * True when every word of the phrase is in the typed words, one or more of them only as a
     * typo ("embeded software engineer" for "embedded software engineer").
     */
    static boolean typoOf(List<String> typed, List<String> phrase) {
        boolean typo = false;
        for (String p : phrase) {
            if (typed.contains(p)) {
                continue;
            }
            if (typed.stream().noneMatch(t -> near(t, p))) {
                return false;
            }
            typo = true;
        }
        return typo;
    }

    /** 2 when the phrase has every typed word, 1 some, 0 none. */
    private static int contained(List<String> typed, List<String> phrase) {
        long n = typed.stream().filter(t -> phrase.stream().anyMatch(p -> p.equals(t) || near(t, p)
                || t.length() >= 3 && p.startsWith(t))).count();
        return n == 0 ? 0 : n == typed.size() ? 2 : 1;
    }

    /** A typo: one edit in a word of five letters or more, two in one of eight or more; short words only as written. */
    static boolean near(String a, String b) {
        int length = Math.max(a.length(), b.length());
        if (Math.min(a.length(), b.length()) < 4 || a.equals(b)) {
            return false;
        }
        int d = distance(a, b);
        return d <= (length >= 8 ? 2 : length >= 5 ? 1 : 0);
    }

    /** Sum over the typed words of the edit distance to the phrase's nearest word. */
    private static int wordDistance(List<String> typed, List<String> phrase) {
        int sum = 0;
        for (String t : typed) {
            int best = t.length();
            for (String p : phrase) {
                best = Math.min(best, distance(t, p));
            }
            sum += best;
        }
        return sum;
    }

    /** Levenshtein distance. */
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
