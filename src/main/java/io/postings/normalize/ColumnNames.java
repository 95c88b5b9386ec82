package io.postings.normalize;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Column names as people write them: {@code Job Title}, {@code job_title}, {@code jobTitle} and
 * {@code JOB-TITLE} are one name. Readers lower-case names, so camelCase needs no rule of its own:
 * folding drops case, spaces, underscores, hyphens and dots, and what is left is compared.
 */
public final class ColumnNames {
    private ColumnNames() {
    }

    /** The name without case, whitespace, {@code _}, {@code -} or {@code .}: {@code "Job Title"} is {@code "jobtitle"}. */
    public static String fold(String name) {
        StringBuilder out = new StringBuilder(name.length());
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            if (c != '_' && c != '-' && c != '.' && !Character.isWhitespace(c) && !Character.isSpaceChar(c)) {
                out.append(c);
            }
        }
        return out.toString().toLowerCase(Locale.ROOT);
    }

    /** Each folded name and the first of the names that folds to it, in their order. */
    static Map<String, String> byFold(Collection<String> names) {
        Map<String, String> out = new LinkedHashMap<>();
        for (String name : names) {
            out.putIfAbsent(fold(name), name);
        }
        return out;
    }
}
