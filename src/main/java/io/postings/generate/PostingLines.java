package io.postings.generate;

import java.util.List;

/**
 * Renders postings as canonical CSV rows (RFC 4180, {@code \n} line ends, a field quoted
 * only when it holds a comma, quote or line break; skills joined with {@code ;}) or as JSON
 * Lines with the same keys (skills an array, pay figures numbers, unknown values omitted).
 */
final class PostingLines {
    static final List<String> COLUMNS = List.of("id", "title", "role", "company", "location", "country",
            "work_mode", "seniority", "salary_min", "salary_max", "salary_currency", "salary_period", "skills",
            "posted_at");
    static final String CSV_HEADER = String.join(",", COLUMNS) + "\n";

    private PostingLines() {
    }

    static void csv(StringBuilder out, GeneratedPosting p) {
        GeneratedPosting.Pay pay = p.pay();
        cell(out, p.id()).append(',');
        cell(out, p.title()).append(',');
        cell(out, p.role()).append(',');
        cell(out, p.company()).append(',');
        cell(out, p.location()).append(',');
        cell(out, p.country()).append(',');
        cell(out, p.workMode()).append(',');
        cell(out, p.seniority()).append(',');
        if (pay != null) {
            out.append(pay.min()).append(',');
            if (pay.max() != null) {
                out.append(pay.max().longValue());
            }
            out.append(',');
            cell(out, pay.currency()).append(',');
            cell(out, pay.period()).append(',');
        } else {
            out.append(",,,,");
        }
        cell(out, String.join(";", p.skills())).append(',');
        cell(out, p.postedAt()).append('\n');
    }

    static void json(StringBuilder out, GeneratedPosting p) {
        out.append('{');
        string(out, "id", p.id());
        string(out, "title", p.title());
        string(out, "role", p.role());
        string(out, "company", p.company());
        string(out, "location", p.location());
        string(out, "country", p.country());
        string(out, "work_mode", p.workMode());
        string(out, "seniority", p.seniority());
        GeneratedPosting.Pay pay = p.pay();
        if (pay != null) {
            key(out, "salary_min").append(pay.min());
            if (pay.max() != null) {
                key(out, "salary_max").append(pay.max().longValue());
            }
            string(out, "salary_currency", pay.currency());
            string(out, "salary_period", pay.period());
        }
        if (!p.skills().isEmpty()) {
            key(out, "skills").append('[');
            for (int i = 0; i < p.skills().size(); i++) {
                if (i > 0) {
                    out.append(',');
                }
                quoted(out, p.skills().get(i));
            }
            out.append(']');
        }
        string(out, "posted_at", p.postedAt());
        out.append("}\n");
    }

    static StringBuilder cell(StringBuilder out, String value) {
        boolean quote = false;
        for (int i = 0; i < value.length() && !quote; i++) {
            char c = value.charAt(i);
            quote = c == ',' || c == '"' || c == '\n' || c == '\r';
        }
        if (!quote) {
            return out.append(value);
        }
        out.append('"');
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            out.append(c);
            if (c == '"') {
                out.append('"');
            }
        }
        return out.append('"');
    }

    private static void string(StringBuilder out, String key, String value) {
        if (!value.isEmpty()) {
            quoted(key(out, key), value);
        }
    }

    private static StringBuilder key(StringBuilder out, String key) {
        if (out.charAt(out.length() - 1) != '{') {
            out.append(',');
        }
        return quoted(out, key).append(':');
    }

    private static StringBuilder quoted(StringBuilder out, String value) {
        out.append('"');
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c == '"' || c == '\\') {
                out.append('\\').append(c);
            } else if (c < 0x20) {
                out.append("\\u00").append(Character.forDigit(c >> 4, 16)).append(Character.forDigit(c & 0xF, 16));
            } else {
                out.append(c);
            }
        }
        return out.append('"');
    }
}
