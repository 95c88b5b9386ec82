package io.postings.normalize;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Map;

/**
 * How the skill scan reads a description's characters: case folding with Latin accents dropped,
 * word characters, what a character is to the cleaning (plain, space, line break, markup), and
 * the decoding of HTML tags and entities. Per-character facts are looked up in tables built
 * once, not computed per character.
 */
final class SkillText {
    static final byte PLAIN = 0;
    static final byte SPACE = 1;
    static final byte BREAK = 2;
    static final byte MARKUP = 3;
    /** What the scan needs to know of each UTF-16 unit: {@link #PLAIN}, {@link #SPACE}, ... */
    static final byte[] KIND = kindTable();
    /** Lower case with the accents of Latin letters dropped, for every UTF-16 unit. */
    private static final char[] FOLD = foldTable();
    private static final boolean[] WORD_CHAR = wordTable();
    private static final int TAG_LIMIT = 400;

    private static final String[] BLOCK_TAGS = {"p", "br", "li", "ul", "ol", "div", "h1", "h2", "h3", "h4", "h5", "h6",
        "tr", "td", "th", "table", "hr", "dd", "dt", "dl", "section", "article", "header", "footer", "blockquote", "pre"};

    private static final Map<String, Character> ENTITIES = Map.ofEntries(
            Map.entry("amp", '&'), Map.entry("lt", '<'), Map.entry("gt", '>'), Map.entry("quot", '"'),
            Map.entry("apos", '\''), Map.entry("nbsp", ' '), Map.entry("rsquo", '\''), Map.entry("lsquo", '\''),
            Map.entry("rdquo", '"'), Map.entry("ldquo", '"'), Map.entry("ndash", '\u2013'), Map.entry("mdash", '\u2014'),
            Map.entry("bull", '\u2022'), Map.entry("middot", '\u00B7'), Map.entry("hellip", '\u2026'),
            Map.entry("sharp", '#'), Map.entry("plus", '+'), Map.entry("period", '.'), Map.entry("sol", '/'));

    private SkillText() {
    }

    static boolean isWordChar(char c) {
        return WORD_CHAR[c];
    }

    static char lower(char c) {
        return FOLD[c];
    }

    static char[] fold(String s) {
        char[] out = new char[s.length()];
        for (int i = 0; i < out.length; i++) {
            out[i] = FOLD[s.charAt(i)];
        }
        return out;
    }

    static boolean isAsciiPunctuation(char c) {
        return c < 128 && c > ' ' && !Character.isLetterOrDigit(c);
    }

    /** Whether the word {@code w} (lower case) stands at {@code at}, in any case, ending a word. */
    static boolean word(char[] buf, int len, int at, String w) {
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

    /** The index of the '>' closing a tag that starts at {@code at}, or -1 when this is no tag. */
    static int tagEnd(char[] text, int n, int at) {
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

    /** Whether the tag whose name starts at {@code from} (after '<') ends a line of text. */
    static boolean blockTag(char[] text, int from, int close) {
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

    /**
     * An HTML entity at {@code at}: its character in the low 16 bits and the characters to skip
     * after the '&' in the high bits; -1 when this is no entity. Unknown names read as a space.
     */
    static int entity(char[] text, int n, int at) {
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
            if (known == null && ENTITIES.containsKey(name.toLowerCase(Locale.ROOT))) {
                known = ENTITIES.get(name.toLowerCase(Locale.ROOT));
            }
            c = known != null ? known : ' ';
        }
        return ((semi - at) << 16) | c;
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
}
