package io.postings.normalize;

import io.postings.report.Names;

/** Small text helpers shared by the normalizers. */
public final class Text {
    private Text() {
    }

    /** Trimmed, lower-cased (root locale), inner whitespace collapsed to one space: {@link Names#fold}. */
    public static String fold(String s) {
        return Names.fold(s);
    }

    /** True for null, blank and the sentinels scrapers write for "no value". */
    public static boolean isMissing(String s) {
        if (s == null) {
            return true;
        }
        int n = s.length();
        if (n == 0) {
            return true;
        }
        char first = s.charAt(0);
        char last = s.charAt(n - 1);
        // The common case, decided without scanning: longer than any sentinel, no ASCII padding.
        if (n > 4 && first > ' ' && first < 0x80 && last > ' ' && last < 0x80) {
            return false;
        }
        int start = 0;
        int end = n;
        while (start < end && isWhitespace(s.charAt(start))) {
            start++;
        }
        while (end > start && isWhitespace(s.charAt(end - 1))) {
            end--;
        }
        // Every sentinel is at most four characters once stripped: longer text is a value.
        // Compared in place: short cells (codes, levels, empty salary parts) are most of a row's cells.
        return switch (end - start) {
            case 0 -> true;
            case 2 -> s.startsWith("-1", start) || s.startsWith("[]", start);
            case 3 -> isN(s.charAt(start))
                    && (s.regionMatches(true, start, "nan", 0, 3) || s.regionMatches(true, start, "n/a", 0, 3));
            case 4 -> isN(s.charAt(start))
                    && (s.regionMatches(true, start, "null", 0, 4) || s.regionMatches(true, start, "none", 0, 4));
            default -> false;
        };
    }

    /** The first letter of nan, n/a, null and none, as a case-insensitive comparison sees it. */
    private static boolean isN(char c) {
        return c == 'n' || c == 'N' || c > 0x7F;
    }

    /** {@link Character#isWhitespace}, answering printable ASCII (most characters) without its table lookup. */
    private static boolean isWhitespace(char c) {
        return (c <= ' ' || c >= 0x7F) && Character.isWhitespace(c);
    }

    /** The value stripped, or null when it is missing. */
    public static String clean(String s) {
        return isMissing(s) ? null : s.strip();
    }
}
