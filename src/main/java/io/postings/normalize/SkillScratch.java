package io.postings.normalize;

import java.util.Arrays;

/**
 * One thread's working arrays for {@link SkillExtractor}, grown as texts need and reused: the
 * cleaned text and the matches found in it (start, end, pattern, flags), in scan order and, by
 * {@link #order}, in the order selected.
 */
final class SkillScratch {
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
