package io.postings.normalize;

import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The compiled form of a skill taxonomy's text patterns that {@link SkillExtractor} scans with:
 * an Aho-Corasick automaton over the case-folded names and aliases, turned into one transition
 * table that also steps over word edges, so the scan makes one lookup per character. Built once
 * per taxonomy; immutable, its arrays are read by the scan and never written after construction.
 */
final class SkillAutomaton {
    final int[] patternSkill;
    final int[] patternLength;
    /** Flags of the pattern when it matches in any case; for as-written patterns see {@link #variantFlags}. */
    final int[] patternFlags;
    /** The exact forms of an as-written pattern ("Lidar", "LiDAR"), or null when any case matches. */
    final char[][][] variants;
    final int[][] variantFlags;
    /** The class of every UTF-16 unit: its folded character's in the patterns, else other word or other. */
    final short[] classOf;
    /** Text classes: 0 (other), the patterns' characters, other word characters. */
    final int alphabet;
    /**
     * The scan's transitions, by row offset: a row is one (automaton state, previous character
     * a word character or not) pair's {@code alphabet} entries, and the next row is
     * {@code delta[row + classOf[c]]}, which steps over the word edge too when {@code c} starts
     * or ends a word. An entry is stored complemented (negative) when a pattern ends in the
     * state it leads to, so the scan tests for output with the sign it already has in hand.
     */
    final int[] delta;
    /** Per row (offset / alphabet): the first automaton state of its output chain, or 0. */
    final int[] firstOutput;
    /** Pattern ending at each state, or -1. */
    final int[] terminal;
    /** The nearest proper suffix state that ends a pattern, or 0 (root). */
    final int[] outputLink;

    SkillAutomaton(List<SkillPattern> patterns) {
        // One pattern per folded text: the first in file order wins, as aliases do for lists;
        // further as-written forms of the same skill ("?Lidar | ?LiDAR") are variants of it.
        Map<String, Integer> seen = new HashMap<>();
        int[] skill = new int[patterns.size()];
        int[] flags = new int[patterns.size()];
        char[][][] exact = new char[patterns.size()][][];
        int[][] exactFlags = new int[patterns.size()][];
        char[][] folded = new char[patterns.size()][];
        int count = 0;
        for (SkillPattern p : patterns) {
            char[] f = SkillText.fold(p.text());
            Integer earlier = seen.putIfAbsent(new String(f), count);
            if (earlier != null) {
                int e = earlier;
                if (exact[e] != null && p.match() == SkillPattern.Match.AS_WRITTEN && skill[e] == p.skill()) {
                    exact[e] = Arrays.copyOf(exact[e], exact[e].length + 1);
                    exact[e][exact[e].length - 1] = p.text().toCharArray();
                    exactFlags[e] = Arrays.copyOf(exactFlags[e], exactFlags[e].length + 1);
                    exactFlags[e][exactFlags[e].length - 1] = SkillRules.flagsOf(p);
                }
                continue;
            }
            skill[count] = p.skill();
            folded[count] = f;
            flags[count] = SkillRules.flagsOf(p);
            if (p.match() == SkillPattern.Match.AS_WRITTEN) {
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
            Integer k = classes.get(SkillText.lower((char) c));
            classOf[c] = (short) (k != null ? k : SkillText.isWordChar((char) c) ? otherWord : 0);
        }
        boolean[] wordClass = new boolean[alphabet];
        classes.forEach((c, k) -> wordClass[k] = SkillText.isWordChar(c));
        wordClass[otherWord] = true;
        int states = 1;
        int[][] symbols = new int[count][];
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
        int[] out = new int[used];
        int[] order = breadthFirst(goTo, term, symbolCount, out);
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

    /**
     * Completes the trie {@code goTo} into a DFA along its failure links, breadth first, and
     * sets each state's output link in {@code out} (the nearest proper suffix state that ends a
     * pattern, or 0). Returns the states in breadth-first order, kept to number the states by
     * depth: the shallow states the scan visits all the time then share a few cache lines
     * instead of being spread over the table.
     */
    private static int[] breadthFirst(int[] goTo, int[] term, int symbolCount, int[] out) {
        int used = out.length;
        int[] fail = new int[used];
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
        return order;
    }

    /** A pattern's symbols: its characters' classes, with a word edge wherever a word starts or ends. */
    private int[] withEdges(char[] pattern, int edge) {
        int[] out = new int[pattern.length * 2];
        int n = 0;
        boolean word = false;
        for (char c : pattern) {
            boolean w = SkillText.isWordChar(c);
            if (w != word) {
                out[n++] = edge;
                word = w;
            }
            out[n++] = classOf[c];
        }
        return Arrays.copyOf(out, n);
    }
}
