package io.postings.normalize;

import io.postings.input.ProblemKind;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Columns that look like a field nothing reads: a dump with {@code salary_year_avg} and no
 * column the aliases know reads no salary at all, and says nothing unless told. For each group
 * of fields (pay, posting date, skills, work mode) with no column read in a layout and no choice
 * of the export format, the layout's unread columns whose names look like it (resource
 * {@code column-hints.txt}) are named with the {@code --map} that would read them. Titles are
 * hinted whatever else is read, for postings that got no role (a title column that feeds
 * nothing useful while {@code Job Title} sits unread).
 */
public final class ColumnHints {

    /** A field group, the fields that read it, and what its columns are called in a hint. */
    enum Group {
        SALARY("salary", "pay", ProblemKind.UNREAD_SALARY_COLUMNS, Field.SALARY, Field.SALARY_MIN, Field.SALARY_MAX),
        POSTED_AT("posted_at", "dates", ProblemKind.UNREAD_POSTED_AT_COLUMNS, Field.POSTED_AT),
        SKILLS("skills", "skills", ProblemKind.UNREAD_SKILLS_COLUMNS, Field.SKILLS),
        WORK_MODE("work_mode", "work mode", ProblemKind.UNREAD_WORK_MODE_COLUMNS, Field.WORK_MODE, Field.REMOTE),
        TITLE("title", "titles", ProblemKind.UNREAD_TITLE_COLUMNS, Field.TITLE, Field.ROLE);

        final String key;
        final String what;
        /** The problem a hint about this group is counted as ({@code unread_<key>_columns}). */
        final ProblemKind unread;
        final Field[] fields;

        Group(String key, String what, ProblemKind unread, Field... fields) {
            this.key = key;
            this.what = what;
            this.unread = unread;
            this.fields = fields;
        }
    }

    /**
     * Columns of one layout that look like a field no column feeds.
     *
     * @param kind       the problem kind ({@link ProblemKind#UNREAD_SALARY_COLUMNS}, ...)
     * @param columns    the columns, as the layout names them
     * @param suggestion the {@code --map} options that would read them
     * @param ifNoRole   true for titles: a hint only for postings that got no role
     * @param detail     the hint in words: {@code salary_year_avg, salary_rate look like pay; no salary
     *                   column is read: try --map salary=salary_year_avg --map salary_period=salary_rate}
     */
    public record Hint(ProblemKind kind, List<String> columns, String suggestion, boolean ifNoRole, String detail) {

        static Hint of(Group group, List<String> columns, String suggestion) {
            boolean title = group == Group.TITLE;
            String verb = columns.size() == 1 ? " looks like " : " look like ";
            String read = title ? "" : "; no " + group.key + " column is read";
            return new Hint(group.unread, columns, suggestion, title,
                    String.join(", ", columns) + verb + group.what + read + ": try " + suggestion);
        }
    }

    private static final Map<Group, List<String>> PATTERNS = load();

    private ColumnHints() {
    }

    private static Map<Group, List<String>> load() {
        Map<Group, List<String>> out = new EnumMap<>(Group.class);
        for (List<String> entry : TaxonomyFile.resource("column-hints.txt")) {
            Group group = null;
            for (Group g : Group.values()) {
                if (g.key.equals(entry.get(0))) {
                    group = g;
                }
            }
            if (group == null) {
                throw new IllegalStateException("column-hints.txt names an unknown group " + entry.get(0));
            }
            out.put(group, List.copyOf(entry.subList(1, entry.size())));
        }
        return out;
    }

    /**
     * The hints of a layout.
     *
     * @param names      the layout's column names, in order
     * @param candidates per field, the candidates the layout has ({@link ColumnMap})
     * @param decided    per field, true when {@code --map} or the export format chose its columns
     *                   (a format that turns a field off, as RemoteOK's tags, wants no hint)
     */
    static List<Hint> of(Collection<String> names, ColumnSpec[][] candidates, boolean[] decided) {
        Set<String> read = new HashSet<>();
        for (ColumnSpec[] specs : candidates) {
            for (ColumnSpec s : specs) {
                if (!s.isConstant()) {
                    read.add(s.column());
                }
            }
        }
        List<Hint> hints = new ArrayList<>();
        for (Group group : Group.values()) {
            boolean fed = false;
            for (Field f : group.fields) {
                fed |= candidates[f.ordinal()].length > 0 || decided[f.ordinal()];
            }
            if (fed && group != Group.TITLE) {
                continue;
            }
            Set<String> columns = new LinkedHashSet<>();
            for (String name : names) {
                if (!read.contains(name) && looksLike(name, PATTERNS.getOrDefault(group, List.of()))) {
                    columns.add(name);
                }
            }
            if (!columns.isEmpty()) {
                List<String> list = List.copyOf(columns);
                hints.add(Hint.of(group, list, suggestion(group, list)));
            }
        }
        return List.copyOf(hints);
    }

    static boolean looksLike(String name, List<String> patterns) {
        List<String> words = new ArrayList<>(Words.of(name));
        words.add(String.join("", words));
        for (String word : words) {
            for (String p : patterns) {
                if (matches(word, p)) {
                    return true;
                }
            }
        }
        return false;
    }

    private static boolean matches(String word, String pattern) {
        boolean prefix = pattern.endsWith("*");
        boolean suffix = pattern.startsWith("*");
        String core = pattern.substring(suffix ? 1 : 0, pattern.length() - (prefix ? 1 : 0));
        if (prefix && suffix) {
            return word.contains(core);
        }
        if (prefix) {
            return word.startsWith(core);
        }
        if (suffix) {
            return word.endsWith(core);
        }
        return word.equals(core);
    }

    /** The {@code --map} options that would read the columns: the first figure (and period) for pay. */
    private static String suggestion(Group group, List<String> columns) {
        if (group == Group.SALARY) {
            String min = null;
            String max = null;
            String figure = null;
            String period = null;
            String currency = null;
            for (String c : columns) {
                List<String> w = Words.of(c);
                if (w.contains("currency")) {
                    currency = currency == null ? c : currency;
                } else if (w.contains("period") || w.contains("interval") || w.contains("unit") || w.contains("frequency")
                        || w.contains("basis") || (w.contains("rate") && w.contains("salary"))) {
                    period = period == null ? c : period;
                } else if (w.contains("min") || w.contains("minimum") || w.contains("low") || w.contains("from")) {
                    min = min == null ? c : min;
                } else if (w.contains("max") || w.contains("maximum") || w.contains("high") || w.contains("to")) {
                    max = max == null ? c : max;
                } else {
                    figure = figure == null ? c : figure;
                }
            }
            List<String> maps = new ArrayList<>();
            if (min != null || max != null) {
                if (min != null) {
                    maps.add(map("salary_min", min));
                }
                if (max != null) {
                    maps.add(map("salary_max", max));
                }
            } else if (figure != null) {
                maps.add(map("salary", figure));
            }
            if (period != null) {
                maps.add(map("salary_period", period));
            }
            if (currency != null) {
                maps.add(map("salary_currency", currency));
            }
            return maps.isEmpty() ? map("salary", columns.get(0)) : String.join(" ", maps);
        }
        if (group == Group.WORK_MODE) {
            String c = columns.get(0);
            List<String> w = Words.of(c);
            boolean flag = w.contains("is") || w.contains("allowed") || w.contains("flag") || w.equals(List.of("remote"))
                    || looksLike(c, List.of("wfh", "*workfromhome", "telecommut*", "isremote"));
            return map(flag ? "remote" : "work_mode", c);
        }
        return map(group.key, columns.get(0));
    }

    private static String map(String field, String column) {
        String option = field + "=" + column;
        return option.matches("[\\w.=-]+") ? "--map " + option : "--map \"" + option + "\"";
    }
}
