package io.postings.normalize;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads a skills cell: a JSON array ({@code ["Python","SQL"]}, also of objects with a
 * {@code name}), a Python-style list ({@code ['python', 'sql']}), or text delimited by
 * {@code ,} {@code ;} or {@code |} (the first of these present wins).
 */
public final class SkillList {
    private static final JsonFactory JSON = new JsonFactory();

    private SkillList() {
    }

    public static List<String> parse(String cell) {
        List<String> out = new ArrayList<>();
        if (cell == null) {
            return out;
        }
        String text = cell.strip();
        if (text.startsWith("[") && text.endsWith("]")) {
            if (!readJson(text, out)) {
                out.clear();
                readPythonList(text.substring(1, text.length() - 1), out);
            }
            return out;
        }
        char delimiter = text.indexOf(';') >= 0 ? ';' : text.indexOf('|') >= 0 ? '|' : ',';
        // String.split's pieces, without its list and array: empty pieces are dropped by add() anyway.
        int from = 0;
        for (int at = text.indexOf(delimiter); at >= 0; at = text.indexOf(delimiter, from)) {
            add(text.substring(from, at), out);
            from = at + 1;
        }
        add(text.substring(from), out);
        return out;
    }

    private static boolean readJson(String text, List<String> out) {
        try (JsonParser p = JSON.createParser(text)) {
            if (p.nextToken() != JsonToken.START_ARRAY) {
                return false;
            }
            JsonToken t;
            while ((t = p.nextToken()) != JsonToken.END_ARRAY && t != null) {
                if (t == JsonToken.START_OBJECT) {
                    String name = null;
                    while (p.nextToken() == JsonToken.FIELD_NAME) {
                        String field = p.currentName();
                        JsonToken v = p.nextToken();
                        if (v.isStructStart()) {
                            p.skipChildren();
                        } else if (name == null && ("name".equalsIgnoreCase(field) || "skill".equalsIgnoreCase(field))) {
                            name = p.getText();
                        }
                    }
                    add(name, out);
                } else if (t == JsonToken.START_ARRAY) {
                    p.skipChildren();
                } else if (t != JsonToken.VALUE_NULL) {
                    add(p.getText(), out);
                }
            }
            return t == JsonToken.END_ARRAY;
        } catch (IOException e) {
            return false;
        }
    }

    /** Elements quoted with ' or " (backslash escapes) or bare, separated by commas. */
    private static void readPythonList(String body, List<String> out) {
        int i = 0;
        int n = body.length();
        while (i < n) {
            char c = body.charAt(i);
            if (c == '\'' || c == '"') {
                StringBuilder sb = new StringBuilder();
                int j = i + 1;
                while (j < n && body.charAt(j) != c) {
                    if (body.charAt(j) == '\\' && j + 1 < n) {
                        j++;
                    }
                    sb.append(body.charAt(j));
                    j++;
                }
                add(sb.toString(), out);
                i = j + 1;
                while (i < n && body.charAt(i) != ',') {
                    i++;
                }
                i++;
            } else if (c == ',' || Character.isWhitespace(c)) {
                i++;
            } else {
                int j = body.indexOf(',', i);
                if (j < 0) {
                    j = n;
                }
                add(body.substring(i, j), out);
                i = j + 1;
            }
        }
    }

    private static void add(String raw, List<String> out) {
        if (raw == null) {
            return;
        }
        String s = raw.strip();
        if (!s.isEmpty() && !Text.isMissing(s)) {
            out.add(s);
        }
    }
}
