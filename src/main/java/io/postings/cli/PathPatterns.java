package io.postings.cli;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The values {@code check --only} (or a checks file) pins: paths as {@code check} prints them
 * ({@code a.salary.median}, {@code a.top_skills[AWS].share}), where {@code *} in a step stands
 * for any text ({@code a.top_skills[*].key}, {@code *.salary.median}). A path pins everything
 * under it ({@code pair} is the whole pair section). A value is checked when a pattern pins it;
 * a list member that came or went is checked when a pattern reaches into its list.
 */
final class PathPatterns {
    private final List<String> patterns;
    private final List<List<Pattern>> steps = new ArrayList<>();

    private PathPatterns(List<String> patterns) {
        this.patterns = List.copyOf(patterns);
        for (String p : patterns) {
            List<Pattern> compiled = new ArrayList<>();
            for (String step : steps(p)) {
                compiled.add(Pattern.compile(glob(step)));
            }
            steps.add(compiled);
        }
    }

    /** Patterns from --only (comma-separated, repeatable) and a checks file; null when neither pins anything. */
    static PathPatterns of(List<String> only, Path checksFile) throws IOException {
        List<String> all = new ArrayList<>();
        for (String p : only == null ? List.<String>of() : only) {
            if (!p.isBlank()) {
                all.add(p.strip());
            }
        }
        if (checksFile != null) {
            try {
                for (String line : Files.readAllLines(checksFile)) {
                    String p = line.strip();
                    if (!p.isEmpty() && !p.startsWith("#")) {
                        all.add(p);
                    }
                }
            } catch (NoSuchFileException e) {
                throw new UsageException("--checks: no such file " + checksFile);
            }
        }
        if (all.isEmpty()) {
            return only == null && checksFile == null ? null : fail("--only and --checks name no path");
        }
        return new PathPatterns(all);
    }

    private static PathPatterns fail(String message) {
        throw new UsageException(message);
    }

    List<String> patterns() {
        return patterns;
    }

    /** True when a pattern pins the path or something under it, or the path lies under a pattern. */
    boolean reaches(String path) {
        List<String> at = steps(path);
        for (List<Pattern> pattern : steps) {
            if (agree(pattern, at, Math.min(pattern.size(), at.size()))) {
                return true;
            }
        }
        return false;
    }

    /** Every pattern must pin some value of the saved report: a misspelt path is an error, not a silent pass. */
    void requireMatches(JsonNode saved, String file) {
        List<String> leaves = new ArrayList<>();
        leaves("", saved, leaves);
        for (int i = 0; i < patterns.size(); i++) {
            List<Pattern> pattern = steps.get(i);
            boolean found = leaves.stream().map(PathPatterns::steps)
                    .anyMatch(at -> at.size() >= pattern.size() && agree(pattern, at, pattern.size()));
            if (!found) {
                throw new UsageException("--only " + patterns.get(i) + ": no such value in " + file
                        + " (paths as check prints them, e.g. a.salary.median, a.top_skills[*].key)");
            }
        }
    }

    private static boolean agree(List<Pattern> pattern, List<String> at, int n) {
        for (int i = 0; i < n; i++) {
            if (!pattern.get(i).matcher(at.get(i)).matches()) {
                return false;
            }
        }
        return true;
    }

    /** The saved report's values, by path; list members named as {@link JsonDrift} names them. */
    private static void leaves(String path, JsonNode node, List<String> out) {
        if (node.isObject()) {
            Iterator<Map.Entry<String, JsonNode>> fields = node.fields();
            while (fields.hasNext()) {
                Map.Entry<String, JsonNode> f = fields.next();
                leaves(path.isEmpty() ? f.getKey() : path + "." + f.getKey(), f.getValue(), out);
            }
        } else if (node.isArray()) {
            Map<String, JsonNode> named = JsonDrift.named(node);
            if (named != null) {
                named.forEach((name, element) -> leaves(path + "[" + name + "]", element, out));
            } else {
                for (int i = 0; i < node.size(); i++) {
                    leaves(path + "[" + i + "]", node.get(i), out);
                }
            }
            if (node.isEmpty()) {
                out.add(path);
            }
        } else {
            out.add(path);
        }
    }

    /** {@code a.top_skills[Node.js].share} is [a, top_skills, [Node.js], share]: a name in brackets may hold dots. */
    static List<String> steps(String path) {
        List<String> steps = new ArrayList<>();
        int i = 0;
        while (i < path.length()) {
            char c = path.charAt(i);
            if (c == '.') {
                i++;
            } else if (c == '[') {
                int end = path.indexOf(']', i);
                while (end >= 0 && end + 1 < path.length() && path.charAt(end + 1) != '.' && path.charAt(end + 1) != '[') {
                    end = path.indexOf(']', end + 1);
                }
                end = end < 0 ? path.length() - 1 : end;
                steps.add(path.substring(i, end + 1));
                i = end + 1;
            } else {
                int end = i;
                while (end < path.length() && path.charAt(end) != '.' && path.charAt(end) != '[') {
                    end++;
                }
                steps.add(path.substring(i, end));
                i = end;
            }
        }
        return steps;
    }

    /** A step's glob as a regex: {@code *} any text; a bare {@code *} a name, not a list member. */
    private static String glob(String step) {
        if (step.equals("*")) {
            return "[^\\[].*";
        }
        StringBuilder regex = new StringBuilder();
        int from = 0;
        for (int star = step.indexOf('*'); star >= 0; star = step.indexOf('*', from)) {
            regex.append(Pattern.quote(step.substring(from, star))).append(".*");
            from = star + 1;
        }
        return regex.append(Pattern.quote(step.substring(from))).toString();
    }
}
