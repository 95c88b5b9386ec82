package io.postings.normalize;

import java.text.Normalizer;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Finds the taxonomy's skills in a description (docs/METRICS.md sections 3 and 9): one pass over the
 * text through an Aho-Corasick automaton of every name and alias, case-folded, that also strips
 * HTML tags and entities and collapses whitespace as it goes; then whole-word checks, leftmost
 * longest matches ("React Native" is not React, "C/C++" is C and C++), stop phrases ("Series C"),
 * and the context rules for ordinary words that {@code skills.txt} documents ({@code ?Go},
 * {@code ?R}, {@code ?Spring}). Only taxonomy skills come out; nothing is invented from the text.
 *
 * <p>The automaton is built once and is immutable; a call allocates only its result (plus, on
 * first use per thread or for a longer text, the scratch arrays), so instances are shared
 * freely between threads.
 */
public final class SkillExtractor {
    /** Lower case with the accents of Latin letters dropped, for every UTF-16 unit. */
    private static final char[] FOLD = foldTable();
    // What the scan needs to know of a character, looked up rather than computed per character.
    private static final byte PLAIN = 0;
    private static final byte SPACE = 1;
    private static final byte BREAK = 2;
    private static final byte MARKUP = 3;
    private static final byte[] KIND = kindTable();
    private static final boolean[] WORD_CHAR = wordTable();
    private static final int SCAN_LIMIT = 200;
    private static final int TAG_LIMIT = 400;
    private static final int GAP_LIMIT = 30;

    private static final int STOP = 1;
    private static final int AS_WRITTEN = 2;
    /** A capitalized ordinary word or a single letter: hyphen, year and context rules apply. */
    private static final int WORDLIKE = 4;
    private static final int LETTER = 8;

    private final String[] names;
    private final int[] patternSkill;
    private final int[] patternLength;
    /** Flags of the pattern when it matches in any case; for as-written patterns see {@link #variantFlags}. */
    private final int[] patternFlags;
    /** The exact forms of an as-written pattern ("Lidar", "LiDAR"), or null when any case matches. */
    private final char[][][] variants;
    private final int[][] variantFlags;
    /** The class of every UTF-16 unit: its folded character's in the patterns, else other word or other. */
    private final short[] classOf;
    /** Text classes: 0 (other), the patterns' characters, other word characters. */
    private final int alphabet;
    /**
     * The scan's transitions, by row offset: a row is one (automaton state, previous character
     * a word character or not) pair's {@code alphabet} entries, and the next row is
     * {@code delta[row + classOf[c]]}, which steps over the word edge too when {@code c} starts
     * or ends a word. An entry is stored complemented (negative) when a pattern ends in the
     * state it leads to, so the scan tests for output with the sign it already has in hand.
     */
    private final int[] delta;
    /** Per row (offset / alphabet): the first automaton state of its output chain, or 0. */
    private final int[] firstOutput;
    /** Pattern ending at each state, or -1. */
    private final int[] terminal;
    /** The nearest proper suffix state that ends a pattern, or 0 (root). */
    private final int[] outputLink;

    private final ThreadLocal<Scratch> scratch = ThreadLocal.withInitial(Scratch::new);

    SkillExtractor(List<String> names, List<SkillTaxonomy.Pattern> patterns) {
        this.names = names.toArray(String[]::new);
        // One pattern per folded text: the first in file order wins, as aliases do for lists;
        // further as-written forms of the same skill ("?Lidar | ?LiDAR") are variants of it.
        Map<String, Integer> seen = new HashMap<>();
        int[] skill = new int[patterns.size()];
        int[] flags = new int[patterns.size()];
        char[][][] exact = new char[patterns.size()][][];
        int[][] exactFlags = new int[patterns.size()][];
        char[][] folded = new char[patterns.size()][];
        int count = 0;
        for (SkillTaxonomy.Pattern p : patterns) {
            char[] f = fold(p.text());
            Integer earlier = seen.putIfAbsent(new String(f), count);
            if (earlier != null) {
                int e = earlier;
                if (exact[e] != null && p.match() == SkillTaxonomy.Match.AS_WRITTEN && skill[e] == p.skill()) {
                    exact[e] = Arrays.copyOf(exact[e], exact[e].length + 1);
                    exact[e][exact[e].length - 1] = p.text().toCharArray();
                    exactFlags[e] = Arrays.copyOf(exactFlags[e], exactFlags[e].length + 1);
                    exactFlags[e][exactFlags[e].length - 1] = flagsOf(p);
                }
                continue;
            }
            skill[count] = p.skill();
            folded[count] = f;
            flags[count] = flagsOf(p);
            if (p.match() == SkillTaxonomy.Match.AS_WRITTEN) {
                exact[count] = new char[][] {p.text().toCharArray()};
                exactFlags[count] = new int[] {flags[count]};
            }
            count++;
        }
        this.patternSkill = Arrays.copyOf(skill, count);
        this.patternFlags = Arrays.copyOf(flags, count);
        this.variants = Arrays.copyOf(exact, count);
        this.variantFlags = Arrays.copyOf(exactFlags, count);
        this.patternLength = new int[count];
        for (int i = 0; i < count; i++) {
            patternLength[i] = folded[i].length;
        }

        // Alphabet: the distinct folded characters of the patterns, plus "other" (0) and "other
        // word character"; the automaton also knows a word edge, the symbol between a non-word
        // and a word character. Patterns carry edges where their words start and end, so a
        // pattern can only start where a word starts, however it is embedded.
        Map<Character, Integer> classes = new HashMap<>();
        int states = 1;
        int[][] symbols = new int[count][];
        for (int i = 0; i < count; i++) {
            for (char c : folded[i]) {
                classes.putIfAbsent(c, classes.size() + 1);
            }
        }
        int otherWord = classes.size() + 1;
        int edge = classes.size() + 2;
        int symbolCount = classes.size() + 3;
        this.alphabet = classes.size() + 2;
        this.classOf = new short[65536];
        for (int c = 0; c < 65536; c++) {
            Integer k = classes.get(FOLD[c]);
            classOf[c] = (short) (k != null ? k : isWordChar((char) c) ? otherWord : 0);
        }
        boolean[] wordClass = new boolean[alphabet];
        classes.forEach((c, k) -> wordClass[k] = isWordChar(c));
        wordClass[otherWord] = true;
        for (int i = 0; i < count; i++) {
            symbols[i] = withEdges(folded[i], edge);
            states += symbols[i].length;
        }

        // Trie, then failure links turned into a complete transition table (a DFA).
        int[] goTo = new int[states * symbolCount];
        Arrays.fill(goTo, -1);
        int[] term = new int[states];
        Arrays.fill(term, -1);
        int used = 1;
        for (int i = 0; i < count; i++) {
            int s = 0;
            for (int symbol : symbols[i]) {
                int slot = s * symbolCount + symbol;
                if (goTo[slot] < 0) {
                    goTo[slot] = used++;
                }
                s = goTo[slot];
            }
            term[s] = i;
        }
        int[] fail = new int[used];
        int[] out = new int[used];
        // Breadth-first order, kept to number the states by depth: the shallow states the scan
        // visits all the time then share a few cache lines instead of being spread over the table.
        int[] order = new int[used];
        int ordered = 1;
        ArrayDeque<Integer> queue = new ArrayDeque<>();
        for (int a = 0; a < symbolCount; a++) {
            int t = goTo[a];
            if (t < 0) {
                goTo[a] = 0;
            } else {
                fail[t] = 0;
                queue.add(t);
            }
        }
        while (!queue.isEmpty()) {
            int s = queue.poll();
            order[ordered++] = s;
            out[s] = term[fail[s]] >= 0 ? fail[s] : out[fail[s]];
            for (int a = 0; a < symbolCount; a++) {
                int slot = s * symbolCount + a;
                int t = goTo[slot];
                if (t < 0) {
                    goTo[slot] = goTo[fail[s] * symbolCount + a];
                } else {
                    fail[t] = goTo[fail[s] * symbolCount + a];
                    queue.add(t);
                }
            }
        }
        int[] id = new int[used];
        for (int k = 0; k < used; k++) {
            id[order[k]] = k;
        }
        this.terminal = new int[used];
        this.outputLink = new int[used];
        for (int k = 0; k < used; k++) {
            terminal[k] = term[order[k]];
            outputLink[k] = id[out[order[k]]];
        }

        // The scan's table: each (state, previous character a word character) row folds the
        // word edge into the character's step, so the scan makes one lookup per character.
        this.firstOutput = new int[used * 2];
        for (int k = 1; k < used; k++) {
            int first = terminal[k] >= 0 ? k : outputLink[k];
            firstOutput[k * 2] = first;
            firstOutput[k * 2 + 1] = first;
        }
        this.delta = new int[used * 2 * alphabet];
        for (int k = 0; k < used; k++) {
            int st = order[k];
            for (int previousWord = 0; previousWord < 2; previousWord++) {
                int row = (k * 2 + previousWord) * alphabet;
                for (int a = 0; a < alphabet; a++) {
                    int word = wordClass[a] ? 1 : 0;
                    int from = word != previousWord ? goTo[st * symbolCount + edge] : st;
                    int target = id[goTo[from * symbolCount + a]] * 2 + word;
                    delta[row + a] = firstOutput[target] != 0 ? ~(target * alphabet) : target * alphabet;
                }
            }
        }
    }

    /** A pattern's symbols: its characters' classes, with a word edge wherever a word starts or ends. */
    private int[] withEdges(char[] pattern, int edge) {
        int[] out = new int[pattern.length * 2];
        int n = 0;
        boolean word = false;
        for (char c : pattern) {
            boolean w = isWordChar(c);
            if (w != word) {
                out[n++] = edge;
                word = w;
            }
            out[n++] = classOf[c];
        }
        return Arrays.copyOf(out, n);
    }

    private static int flagsOf(SkillTaxonomy.Pattern p) {
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

    /** The canonical names of the skills the text mentions, in order of first mention. */
    public Set<String> extract(String text) {
        Set<String> found = new LinkedHashSet<>();
        if (text == null || text.isEmpty()) {
            return found;
        }
        Scratch s = scratch.get();
        int selected = run(text, s);
        s.stamp++;
        if (s.seen.length < names.length) {
            s.seen = new int[names.length];
        }
        for (int k = 0; k < selected; k++) {
            int skill = accepted(s, k, selected);
            if (skill >= 0 && s.seen[skill] != s.stamp) {
                s.seen[skill] = s.stamp;
                found.add(names[skill]);
            }
        }
        return found;
    }

    /** One accepted mention: the skill and the words around it in the cleaned text. */
    public record Mention(String skill, String matched, String context) {
    }

    /** Every accepted mention, repeats included, with its context: how a user checks what was found. */
    public List<Mention> mentions(String text) {
        List<Mention> out = new ArrayList<>();
        if (text == null || text.isEmpty()) {
            return out;
        }
        Scratch s = scratch.get();
        int selected = run(text, s);
        for (int k = 0; k < selected; k++) {
            int skill = accepted(s, k, selected);
            if (skill >= 0) {
                int m = s.order[k];
                int from = Math.max(0, s.start[m] - 40);
                int to = Math.min(s.len, s.end[m] + 40);
                out.add(new Mention(names[skill], new String(s.buf, s.start[m], s.end[m] - s.start[m]),
                        new String(s.buf, from, to - from).replace('\n', ' ')));
            }
        }
        return out;
    }

    private int run(String text, Scratch s) {
        scan(text, s);
        return select(s, filter(s));
    }

    /** The skill of the k-th selected match, or -1 when it is a stop phrase or out of context. */
    private int accepted(Scratch s, int k, int selected) {
        int m = s.order[k];
        int skill = patternSkill[s.pattern[m]];
        if (skill < 0 || ((s.flags[m] & WORDLIKE) != 0 && !inContext(s, k, selected))) {
            return -1;
        }
        return skill;
    }

    /**
     * The one pass: cleans the text into {@code s.buf} (tags out, entities decoded, whitespace
     * collapsed to one space, or a line break where a line or block ended) while the automaton
     * runs over each kept character, recording every pattern end whose start is a word boundary.
     */
    private void scan(String text, Scratch s) {
        int n = text.length();
        s.ensure(n + 1);
        char[] buf = s.buf;
        // The text is cleaned in place: every kept character stands for at least one read, so
        // the write position never passes the read position, and lookahead sees unread text.
        text.getChars(0, n, buf, 0);
        int[] delta = this.delta;
        short[] classOf = this.classOf;
        int len = 0;
        int row = 0;
        s.matches = 0;
        for (int i = 0; i < n; i++) {
            char c = buf[i];
            int kind = KIND[c];
            if (kind != PLAIN) {
                if (kind == MARKUP) {
                    if (c == '<') {
                        int close = i + 1 < n ? tagEnd(buf, n, i) : -1;
                        if (close > 0) {
                            c = blockTag(buf, i + 1, close) ? '\n' : ' ';
                            i = close;
                        }
                    } else if (c == '&') {
                        int entity = entity(buf, n, i);
                        if (entity >= 0) {
                            c = (char) (entity & 0xFFFF);
                            i += entity >>> 16;
                        }
                    } else if (i + 1 < n && isAsciiPunctuation(buf[i + 1])) {
                        continue; // Markdown escape: "C\+\+" is C++
                    }
                    kind = KIND[c];
                }
                if (kind == SPACE || kind == BREAK) {
                    // Whitespace runs become one space, or a line break when one is in the run.
                    boolean lineBreak = kind == BREAK || c == '\n';
                    if (len == 0 || buf[len - 1] == ' ' || buf[len - 1] == '\n') {
                        if (lineBreak && len > 0) {
                            buf[len - 1] = '\n';
                        }
                        continue;
                    }
                    c = lineBreak ? '\n' : ' ';
                }
            }
            buf[len++] = c;
            row = delta[row + classOf[c]];
            if (row < 0) {
                row = ~row;
                record(s, firstOutput[row / alphabet], len);
            }
        }
        s.len = len;
    }

    private void record(Scratch s, int first, int end) {
        char[] buf = s.buf;
        int t = first;
        while (t != 0) {
            int p = terminal[t];
            int start = end - patternLength[p];
            if (start == 0 || !isWordChar(buf[start - 1])) {
                s.add(start, end, p);
            }
            t = outputLink[t];
        }
    }

    /** Drops matches that do not end on a word boundary, differ in case, or are joined words. */
    private int filter(Scratch s) {
        int kept = 0;
        for (int m = 0; m < s.matches; m++) {
            int start = s.start[m];
            int end = s.end[m];
            int p = s.pattern[m];
            if (end < s.len && isWordChar(s.buf[end])) {
                continue;
            }
            int flags = patternFlags[p];
            if (variants[p] != null) {
                flags = -1;
                for (int v = 0; v < variants[p].length && flags < 0; v++) {
                    if (Arrays.equals(s.buf, start, end, variants[p][v], 0, variants[p][v].length)) {
                        flags = variantFlags[p][v];
                    }
                }
                if (flags < 0) {
                    continue;
                }
            }
            if ((flags & WORDLIKE) != 0 && (joined(s, start, end, (flags & LETTER) != 0) || yearFollows(s, end))) {
                continue;
            }
            s.start[kept] = start;
            s.end[kept] = end;
            s.pattern[kept] = p;
            s.flags[kept] = flags;
            kept++;
        }
        return kept;
    }

    /** Leftmost-longest: sorts by start, longer first, and keeps matches that do not overlap a kept one. */
    private int select(Scratch s, int kept) {
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

    private static boolean before(Scratch s, int a, int b) {
        return s.start[a] < s.start[b] || (s.start[a] == s.start[b] && s.end[a] > s.end[b]);
    }

    /**
     * An ordinary word counts as a skill when it stands in a list of skills or a word such as
     * "experience", "code" or "developers" follows it; a capitalized word also when a lower-case
     * word precedes it in its sentence ("experience with Go"), a single letter also after "in",
     * "with", "using", "including", "includes", "like" or "of".
     */
    private boolean inContext(Scratch s, int k, int selected) {
        if (listNeighbour(s, k - 1, k) || listNeighbour(s, k, k + 1 < selected ? k + 1 : -1)) {
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

    private boolean listNeighbour(Scratch s, int left, int right) {
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

    /** "and", "or", and their Portuguese, Spanish, German and French forms. */
    private static final String[] CONJUNCTIONS = {"and", "or", "e", "ou", "y", "o", "und", "oder", "et"};
    /** One of these may join two skills too: "Swift on iOS", "Spark with Scala", "Go via gRPC". */
    private static final String[] PREPOSITIONS = {"on", "with", "in", "via", "using"};

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
    private static int previousWordStart(Scratch s, int at) {
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

    /** Words before a single letter that make it a language: "fluent in R", "knowledge of C". */
    private static final String[] CUES_BEFORE = {"in", "with", "using", "including", "includes", "like", "of"};
    /** Words after an ordinary word that make it the technology: "Rust experience", "C code". */
    private static final String[] CUES_AFTER = {"experience", "expertise", "proficiency", "knowledge", "skills",
        "developer", "developers", "engineer", "engineers", "programming", "programmer", "programmers", "code",
        "codebase", "language", "framework", "development", "services", "microservices", "applications", "apps",
        "backend", "libraries", "ecosystem", "components", "modules", "cookbooks", "playbooks", "macros", "formulas",
        "scripts", "queries", "tables", "clusters", "pipelines", "dags"};

    private static boolean oneOf(char[] buf, int len, int start, String[] words) {
        for (String w : words) {
            if (word(buf, len, start, w)) {
                return true;
            }
        }
        return false;
    }

    /** "Go-live", "C-suite", "R&D", "USB-C", "J.R." ("Go-based" is allowed). */
    private static boolean joined(Scratch s, int start, int end, boolean letter) {
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
    private static boolean yearFollows(Scratch s, int end) {
        char[] buf = s.buf;
        int i = end < s.len && buf[end] == ' ' ? end + 1 : end;
        if (i + 4 > s.len) {
            return false;
        }
        boolean century = (buf[i] == '1' && buf[i + 1] == '9') || (buf[i] == '2' && buf[i + 1] == '0');
        return century && Character.isDigit(buf[i + 2]) && Character.isDigit(buf[i + 3])
                && (i + 4 == s.len || !isWordChar(buf[i + 4]));
    }

    private static boolean word(char[] buf, int len, int at, String w) {
        int end = at + w.length();
        if (end > len) {
            return false;
        }
        for (int i = 0; i < w.length(); i++) {
            if (lower(buf[at + i]) != w.charAt(i)) {
                return false;
            }
        }
        return end == len || !isWordChar(buf[end]);
    }

    private static boolean isWordChar(char c) {
        return WORD_CHAR[c];
    }

    private static char lower(char c) {
        return FOLD[c];
    }

    private static boolean isAsciiPunctuation(char c) {
        return c < 128 && c > ' ' && !Character.isLetterOrDigit(c);
    }

    /** The index of the '>' closing a tag that starts at {@code at}, or -1 when this is no tag. */
    private static int tagEnd(char[] text, int n, int at) {
        char next = text[at + 1];
        if (!(next == '/' || next == '!' || (next < 128 && Character.isLetter(next)))) {
            return -1;
        }
        int limit = Math.min(n, at + TAG_LIMIT);
        for (int i = at + 2; i < limit; i++) {
            char c = text[i];
            if (c == '>') {
                return i;
            }
            if (c == '<') {
                return -1;
            }
        }
        return -1;
    }

    private static final String[] BLOCK_TAGS = {"p", "br", "li", "ul", "ol", "div", "h1", "h2", "h3", "h4", "h5", "h6",
        "tr", "td", "th", "table", "hr", "dd", "dt", "dl", "section", "article", "header", "footer", "blockquote", "pre"};

    /** Whether the tag whose name starts at {@code from} (after '<') ends a line of text. */
    private static boolean blockTag(char[] text, int from, int close) {
        int i = from;
        if (i < close && text[i] == '/') {
            i++;
        }
        int j = i;
        while (j < close && Character.isLetterOrDigit(text[j])) {
            j++;
        }
        if (j == i) {
            return false;
        }
        for (String tag : BLOCK_TAGS) {
            if (tag.length() == j - i && tag.regionMatches(true, 0, new String(text, i, j - i), 0, tag.length())) {
                return true;
            }
        }
        return false;
    }

    private static final Map<String, Character> ENTITIES = Map.ofEntries(
            Map.entry("amp", '&'), Map.entry("lt", '<'), Map.entry("gt", '>'), Map.entry("quot", '"'),
            Map.entry("apos", '\''), Map.entry("nbsp", ' '), Map.entry("rsquo", '\''), Map.entry("lsquo", '\''),
            Map.entry("rdquo", '"'), Map.entry("ldquo", '"'), Map.entry("ndash", '\u2013'), Map.entry("mdash", '\u2014'),
            Map.entry("bull", '\u2022'), Map.entry("middot", '\u00B7'), Map.entry("hellip", '\u2026'),
            Map.entry("sharp", '#'), Map.entry("plus", '+'), Map.entry("period", '.'), Map.entry("sol", '/'));

    /**
     * An HTML entity at {@code at}: its character in the low 16 bits and the characters to skip
     * after the '&' in the high bits; -1 when this is no entity. Unknown names read as a space.
     */
    private static int entity(char[] text, int n, int at) {
        int limit = Math.min(n, at + 12);
        int semi = -1;
        for (int i = at + 1; i < limit; i++) {
            char c = text[i];
            if (c == ';') {
                semi = i;
                break;
            }
            if (!(c < 128 && (Character.isLetterOrDigit(c) || c == '#'))) {
                return -1;
            }
        }
        if (semi < at + 2) {
            return -1;
        }
        String name = new String(text, at + 1, semi - at - 1);
        char c = ' ';
        if (name.charAt(0) == '#') {
            try {
                int code = name.length() > 1 && (name.charAt(1) == 'x' || name.charAt(1) == 'X')
                        ? Integer.parseInt(name.substring(2), 16) : Integer.parseInt(name.substring(1));
                c = code > 0 && code < 0xFFFF ? (char) code : ' ';
            } catch (NumberFormatException e) {
                return -1;
            }
        } else {
            Character known = ENTITIES.get(name);
            if (known == null && ENTITIES.containsKey(name.toLowerCase(java.util.Locale.ROOT))) {
                known = ENTITIES.get(name.toLowerCase(java.util.Locale.ROOT));
            }
            c = known != null ? known : ' ';
        }
        return ((semi - at) << 16) | c;
    }

    private static char[] fold(String s) {
        char[] out = new char[s.length()];
        for (int i = 0; i < out.length; i++) {
            out[i] = FOLD[s.charAt(i)];
        }
        return out;
    }

    private static byte[] kindTable() {
        byte[] kind = new byte[65536];
        for (int c = 0; c < kind.length; c++) {
            char ch = (char) c;
            if (ch == '\n' || ch == '\r' || ch == '\u2028' || ch == '\u2029') {
                kind[c] = BREAK;
            } else if (ch <= ' ' || ch == '\u00A0' || Character.isSpaceChar(ch)) {
                kind[c] = SPACE;
            } else if (ch == '<' || ch == '&' || ch == '\\') {
                kind[c] = MARKUP;
            }
        }
        return kind;
    }

    private static boolean[] wordTable() {
        boolean[] word = new boolean[65536];
        for (int c = 0; c < word.length; c++) {
            word[c] = Character.isLetterOrDigit((char) c) || c == '_';
        }
        return word;
    }

    private static char[] foldTable() {
        char[] table = new char[65536];
        for (int c = 0; c < table.length; c++) {
            table[c] = Character.toLowerCase((char) c);
        }
        // Latin-1 Supplement and Latin Extended-A/B: "é" is "e", so "Ciência de Dados" can match ASCII aliases.
        for (int c = 0x00C0; c <= 0x024F; c++) {
            String plain = Normalizer.normalize(String.valueOf((char) c), Normalizer.Form.NFD);
            char base = Character.toLowerCase(plain.charAt(0));
            if (base < 128 && Character.isLetter(base)) {
                table[c] = base;
            }
        }
        return table;
    }

    /** Per-thread working arrays, grown as texts need and reused. */
    private static final class Scratch {
        char[] buf = new char[4096];
        int len;
        int[] start = new int[256];
        int[] end = new int[256];
        int[] pattern = new int[256];
        int[] flags = new int[256];
        int[] order = new int[256];
        int matches;
        int[] seen = new int[0];
        int stamp;

        void ensure(int n) {
            if (buf.length < n) {
                buf = new char[Math.max(n, buf.length * 2)];
            }
        }

        void add(int s, int e, int p) {
            if (matches == start.length) {
                int size = matches * 2;
                start = Arrays.copyOf(start, size);
                end = Arrays.copyOf(end, size);
                pattern = Arrays.copyOf(pattern, size);
                flags = new int[size];
                order = new int[size];
            }
            start[matches] = s;
            end[matches] = e;
            pattern[matches] = p;
            matches++;
        }
    }
}
