package io.postings.report;

import java.util.Locale;

/**
 * When two spellings are one name: the folded form that taxonomies, employers and skills are
 * keyed by. It lives here, at the bottom of the stages, so that both the normalizers and the
 * writers of reports (which compare employers across roles) use the same rule.
 */
public final class Names {
    private Names() {
    }

    /** Trimmed, lower-cased (root locale), inner whitespace collapsed to one space. */
    public static String fold(String s) {
        if (s == null) {
            return "";
        }
        StringBuilder out = new StringBuilder(s.length());
        boolean space = false;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
                space = out.length() > 0;
            } else {
                if (space) {
                    out.append(' ');
                    space = false;
                }
                out.append(c);
            }
        }
        return out.toString().toLowerCase(Locale.ROOT);
    }
}
