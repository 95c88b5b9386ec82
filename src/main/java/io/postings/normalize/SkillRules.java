package io.postings.normalize;

import static io.postings.normalize.SkillText.isWordChar;
import static io.postings.normalize.SkillText.lower;
import static io.postings.normalize.SkillText.word;

/**
 * The rules that decide whether a pattern match in a cleaned description is a mention
 * (docs/METRICS.md sections 3 and 9; {@code skills.txt} documents the markers): how a pattern
 * matches (any case, as written, stop phrase), leftmost-longest selection, joined words and years
 * that make an ordinary word ordinary ("Go-live", "Spring 2026"), and the context an ordinary
 * word needs to count ("experience with Go", "fluent in R", a list of skills).
 */
final class SkillRules {
    static final int STOP = 1;
    static final int AS_WRITTEN = 2;
    /** A capitalized ordinary word or a single letter: hyphen, year and context rules apply. */
    static final int WORDLIKE = 4;
    static final int LETTER = 8;

    private static final int SCAN_LIMIT = 200;
    private static final int GAP_LIMIT = 30;

    /** "and", "or", and their Portuguese, Spanish, German and French forms. */
    private static final String[] CONJUNCTIONS = {"and", "or", "e", "ou", "y", "o", "und", "oder", "et"};
    /** One of these may join two skills too: "Swift on iOS", "Spark with Scala", "Go via gRPC". */
    private static final String[] PREPOSITIONS = {"on", "with", "in", "via", "using"};
    /** Words before a single letter that make it a language: "fluent in R", "knowledge of C". */
    private static final String[] CUES_BEFORE = {"in", "with", "using", "including", "includes", "like", "of"};
    /** Words after an ordinary word that make it the technology: "Rust experience", "C code". */
    private static final String[] CUES_AFTER = {"experience", "expertise", "proficiency", "knowledge", "skills",
        "developer", "developers", "engineer", "engineers", "programming", "programmer", "programmers", "code",
        "codebase", "language", "framework", "development", "services", "microservices", "applications", "apps",
        "backend", "libraries", "ecosystem", "components", "modules", "cookbooks", "playbooks", "macros", "formulas",
        "scripts", "queries", "tables", "clusters", "pipelines", "dags"};

    private SkillRules() {
    }

    static int flagsOf(SkillPattern p) {
        return switch (p.match()) {
            case STOP -> STOP;
            case ANY_CASE -> 0;
            case AS_WRITTEN -> {
                String t = p.text();
                boolean letter = t.length() == 1 && Character.isLetter(t.charAt(0));
                yield AS_WRITTEN | (letter ? LETTER | WORDLIKE : capitalizedWord(t) ? WORDLIKE : 0);
            }
        };
    }

    /** "Go", "Spring", "Qt": an upper-case letter and then only lower-case letters or digits. */
    private static boolean capitalizedWord(String t) {
        if (t.length() < 2 || !Character.isUpperCase(t.charAt(0))) {
            return false;
        }
        for (int i = 1; i < t.length(); i++) {
            char c = t.charAt(i);
            if (!Character.isLowerCase(c) && !Character.isDigit(c)) {
                return false;
            }
        }
        return true;
    }

    /**
     * Leftmost-longest: sorts the {@code kept} matches by start, longer first, into
     * {@code s.order}, keeps those that do not overlap a kept one, and returns how many.
     */
    static int select(SkillScratch s, int kept) {
        int[] order = s.order;
        for (int i = 0; i < kept; i++) {
            int j = i;
            while (j > 0 && before(s, i, order[j - 1])) {
                order[j] = order[j - 1];
                j--;
            }
            order[j] = i;
        }
        int selected = 0;
        int reach = 0;
        for (int i = 0; i < kept; i++) {
            int m = order[i];
            if (s.start[m] >= reach) {
                order[selected++] = m;
                reach = s.end[m];
            }
        }
        return selected;
    }

    private static boolean before(SkillScratch s, int a, int b) {
        return s.start[a] < s.start[b] || (s.start[a] == s.start[b] && s.end[a] > s.end[b]);
    }

    /**
     * An ordinary word counts as a skill when it stands in a list of skills or a word such as
     * "experience", "code" or "developers" follows it; a capitalized word also when a lower-case
     * word precedes it in its sentence ("experience with Go"), a single letter also after "in",
     * "with", "using", "including", "includes", "like" or "of". {@code patternSkill} tells stop
     * phrases (-1) from skills.
     */
    static boolean inContext(SkillScratch s, int k, int selected, int[] patternSkill) {
        if (listNeighbour(s, k - 1, k, patternSkill)
                || listNeighbour(s, k, k + 1 < selected ? k + 1 : -1, patternSkill)) {
            return true;
        }
        int m = s.order[k];
        if (s.end[m] + 1 < s.len && s.buf[s.end[m]] == ' ' && oneOf(s.buf, s.len, s.end[m] + 1, CUES_AFTER)) {
            return true;
        }
        int wordStart = previousWordStart(s, s.start[m]);
        if (wordStart < 0) {
            return false;
        }
        if ((s.flags[m] & LETTER) != 0) {
            return oneOf(s.buf, s.len, wordStart, CUES_BEFORE);
        }
        return Character.isLowerCase(s.buf[wordStart]);
    }

    private static boolean listNeighbour(SkillScratch s, int left, int right, int[] patternSkill) {
        if (left < 0 || right < 0) {
            return false;
        }
        int a = s.order[left];
        int b = s.order[right];
        if (patternSkill[s.pattern[a]] < 0 || patternSkill[s.pattern[b]] < 0) {
            return false;
        }
        return listGap(s.buf, s.end[a], s.start[b]);
    }

    /**
     * Only separators between two skills: list punctuation, version numbers, "and" or "or"
     * (twice at most, "and/or"), and at most one of "on", "with", "in", "via", "using".
     */
    private static boolean listGap(char[] buf, int from, int to) {
        if (to - from > GAP_LIMIT) {
            return false;
        }
        int words = 0;
        boolean preposition = false;
        int i = from;
        while (i < to) {
            char c = buf[i];
            if (Character.isLetter(c)) {
                int j = i;
                while (j < to && Character.isLetter(buf[j])) {
                    j++;
                }
                if (is(buf, i, j, CONJUNCTIONS)) {
                    words++;
                } else if (!preposition && is(buf, i, j, PREPOSITIONS)) {
                    preposition = true;
                    words++;
                } else {
                    return false;
                }
                if (words > 2) {
                    return false;
                }
                i = j;
            } else if (Character.isDigit(c) || " \n,/|;&()[]+*-\u2013\u2014\u2022\u00B7".indexOf(c) >= 0) {
                i++;
            } else {
                return false;
            }
        }
        return true;
    }

    private static boolean is(char[] buf, int from, int to, String[] words) {
        for (String c : words) {
            if (c.length() == to - from) {
                boolean same = true;
                for (int k = 0; k < c.length() && same; k++) {
                    same = lower(buf[from + k]) == c.charAt(k);
                }
                if (same) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * The start of the word before {@code at} in the same sentence and line, or -1 when a
     * sentence end, a line break or a bullet comes first.
     */
    private static int previousWordStart(SkillScratch s, int at) {
        char[] buf = s.buf;
        int i = at - 1;
        int limit = Math.max(0, at - SCAN_LIMIT);
        while (i >= limit && !isWordChar(buf[i])) {
            char c = buf[i];
            if (c == '\n' || c == '\u2022' || c == '\u00B7' || c == '!' || c == '?'
                    || (c == '.' && (i + 1 == at || buf[i + 1] == ' ' || buf[i + 1] == '\n'))) {
                return -1;
            }
            i--;
        }
        if (i < limit) {
            return -1;
        }
        while (i > 0 && isWordChar(buf[i - 1])) {
            i--;
        }
        return i;
    }

    private static boolean oneOf(char[] buf, int len, int start, String[] words) {
        for (String w : words) {
            if (word(buf, len, start, w)) {
                return true;
            }
        }
        return false;
    }

    /** "Go-live", "C-suite", "R&D", "USB-C", "J.R." ("Go-based" is allowed). */
    static boolean joined(SkillScratch s, int start, int end, boolean letter) {
        char[] buf = s.buf;
        int len = s.len;
        if (end + 1 < len && (buf[end] == '-' || buf[end] == '&') && Character.isLetterOrDigit(buf[end + 1])) {
            if (!(buf[end] == '-' && word(buf, len, end + 1, "based"))) {
                return true;
            }
        }
        if (start >= 2 && (buf[start - 1] == '-' || buf[start - 1] == '&') && Character.isLetterOrDigit(buf[start - 2])) {
            return true;
        }
        if (letter) {
            // Initials: "R. J. Smith", "C.V.".
            if (end + 1 < len && buf[end] == '.' && Character.isLetter(buf[end + 1])) {
                return true;
            }
            return start >= 2 && buf[start - 1] == '.' && Character.isLetter(buf[start - 2]);
        }
        return false;
    }

    /** "Spring 2026", "Go 2025": a year after an ordinary word makes it the ordinary word. */
    static boolean yearFollows(SkillScratch s, int end) {
        char[] buf = s.buf;
        int i = end < s.len && buf[end] == ' ' ? end + 1 : end;
        if (i + 4 > s.len) {
            return false;
        }
        boolean century = (buf[i] == '1' && buf[i + 1] == '9') || (buf[i] == '2' && buf[i + 1] == '0');
        return century && Character.isDigit(buf[i + 2]) && Character.isDigit(buf[i + 3])
                && (i + 4 == s.len || !isWordChar(buf[i + 4]));
    }
}
