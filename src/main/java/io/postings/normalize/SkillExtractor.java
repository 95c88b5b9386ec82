package io.postings.normalize;

import static io.postings.normalize.SkillText.BREAK;
import static io.postings.normalize.SkillText.KIND;
import static io.postings.normalize.SkillText.MARKUP;
import static io.postings.normalize.SkillText.PLAIN;
import static io.postings.normalize.SkillText.SPACE;
import static io.postings.normalize.SkillText.isWordChar;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Finds the taxonomy's skills in a description (docs/METRICS.md sections 3 and 9): one pass over the
 * text through an Aho-Corasick automaton of every name and alias ({@link SkillAutomaton}),
 * case-folded, that also strips HTML tags and entities and collapses whitespace as it goes
 * ({@link SkillText}); then whole-word checks, leftmost longest matches ("React Native" is not
 * React, "C/C++" is C and C++), stop phrases ("Series C"), and the context rules for ordinary
 * words that {@code skills.txt} documents ({@code ?Go}, {@code ?R}, {@code ?Spring};
 * {@link SkillRules}). Only taxonomy skills come out; nothing is invented from the text.
 *
 * <p>The automaton is built once and is immutable; a call allocates only its result (plus, on
 * first use per thread or for a longer text, the scratch arrays), so instances are shared
 * freely between threads.
 */
public final class SkillExtractor {
    private final String[] names;
    // The automaton's arrays, held here so the scan reads them without a further indirection.
    private final int[] patternSkill;
    private final int[] patternLength;
    private final int[] patternFlags;
    private final char[][][] variants;
    private final int[][] variantFlags;
    private final short[] classOf;
    private final int alphabet;
    private final int[] delta;
    private final int[] firstOutput;
    private final int[] terminal;
    private final int[] outputLink;

    private final ThreadLocal<SkillScratch> scratch = ThreadLocal.withInitial(SkillScratch::new);

    SkillExtractor(List<String> names, List<SkillPattern> patterns) {
        this.names = names.toArray(String[]::new);
        SkillAutomaton a = new SkillAutomaton(patterns);
        this.patternSkill = a.patternSkill;
        this.patternLength = a.patternLength;
        this.patternFlags = a.patternFlags;
        this.variants = a.variants;
        this.variantFlags = a.variantFlags;
        this.classOf = a.classOf;
        this.alphabet = a.alphabet;
        this.delta = a.delta;
        this.firstOutput = a.firstOutput;
        this.terminal = a.terminal;
        this.outputLink = a.outputLink;
    }

    /** The canonical names of the skills the text mentions, in order of first mention. */
    public Set<String> extract(String text) {
        Set<String> found = new LinkedHashSet<>();
        SkillScratch s = scratch.get();
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
        SkillScratch s = scratch.get();
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

    /** Scans, filters and selects; the number of selected matches (none for no text). */
    private int run(String text, SkillScratch s) {
        if (text == null || text.isEmpty()) {
            return 0;
        }
        scan(text, s);
        return SkillRules.select(s, filter(s));
    }

    /** The skill of the k-th selected match, or -1 when it is a stop phrase or out of context. */
    private int accepted(SkillScratch s, int k, int selected) {
        int m = s.order[k];
        int skill = patternSkill[s.pattern[m]];
        if (skill < 0 || ((s.flags[m] & SkillRules.WORDLIKE) != 0
                && !SkillRules.inContext(s, k, selected, patternSkill))) {
            return -1;
        }
        return skill;
    }

    /**
     * The one pass: cleans the text into {@code s.buf} (tags out, entities decoded, whitespace
     * collapsed to one space, or a line break where a line or block ended) while the automaton
     * runs over each kept character, recording every pattern end whose start is a word boundary.
     */
    private void scan(String text, SkillScratch s) {
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
                        int close = i + 1 < n ? SkillText.tagEnd(buf, n, i) : -1;
                        if (close > 0) {
                            c = SkillText.blockTag(buf, i + 1, close) ? '\n' : ' ';
                            i = close;
                        }
                    } else if (c == '&') {
                        int entity = SkillText.entity(buf, n, i);
                        if (entity >= 0) {
                            c = (char) (entity & 0xFFFF);
                            i += entity >>> 16;
                        }
                    } else if (i + 1 < n && SkillText.isAsciiPunctuation(buf[i + 1])) {
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

    private void record(SkillScratch s, int first, int end) {
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
    private int filter(SkillScratch s) {
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
            if ((flags & SkillRules.WORDLIKE) != 0
                    && (SkillRules.joined(s, start, end, (flags & SkillRules.LETTER) != 0)
                    || SkillRules.yearFollows(s, end))) {
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
}
