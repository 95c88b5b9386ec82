package io.postings.cli;

import com.fasterxml.jackson.databind.JsonNode;
import io.postings.report.Change;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;

/**
 * Compares a saved report with its recomputation, value by value. Objects are compared field
 * by field (fields only the recomputation has are schema additions and ignored); lists of
 * named things (skills, countries, roles, pairs, problem kinds) are matched by name, so a
 * skill leaving a top list is one removed entry rather than every later entry shifting;
 * other lists by position. Numbers are compared exactly as decimals; with a tolerance,
 * shares may move by that much (absolute: 0.01 is one percentage point) and money and ratios
 * by that fraction of the saved value. Counts, names and flags must always match.
 */
final class JsonDrift {
    /** Fractions of a count: absolute tolerance. */
    private static final Set<String> SHARES = Set.of("share", "entry_level_share", "remote_share", "coverage", "jaccard",
            "pct", "premium_pct", "p_value", "share_a", "share_b", "lowest", "highest");
    /** Dollar amounts and ratios: tolerance relative to the saved value. */
    private static final Set<String> RELATIVE = Set.of("median", "low", "high", "premium", "usd", "ratio",
            "larger_over_smaller");
    /** What names an element of a list of objects, tried in order; a pair is named by both roles. */
    private static final List<String> NAMES = List.of("key", "skill", "role", "kind");

    private final double tolerance;
    private final Predicate<String> ignored;
    private final Predicate<String> note;
    private final List<Change> changes = new ArrayList<>();
    private final List<Change> withinTolerance = new ArrayList<>();
    private final List<Change> notes = new ArrayList<>();
    private long values;

    /**
     * @param ignored paths not compared (such as the input file names, which a check may override)
     * @param note    paths whose changes are reported as notes, not drift (taxonomy versions)
     */
    JsonDrift(double tolerance, Predicate<String> ignored, Predicate<String> note) {
        this.tolerance = tolerance;
        this.ignored = ignored;
        this.note = note;
    }

    JsonDrift compare(JsonNode expected, JsonNode actual) {
        walk("", expected, actual);
        return this;
    }

    List<Change> changes() {
        return List.copyOf(changes);
    }

    List<Change> withinTolerance() {
        return List.copyOf(withinTolerance);
    }

    List<Change> notes() {
        return List.copyOf(notes);
    }

    /** Values of the saved report that were compared. */
    long values() {
        return values;
    }

    private void walk(String path, JsonNode expected, JsonNode actual) {
        if (ignored.test(path)) {
            return;
        }
        if (expected == null) {
            // Only a list member can be new: a recomputed field the saved report lacks is a schema addition.
            record(path, new Change(path, null, text(actual), null), false);
            return;
        }
        if (expected.isObject() && actual != null && actual.isObject()) {
            Iterator<Map.Entry<String, JsonNode>> fields = expected.fields();
            while (fields.hasNext()) {
                Map.Entry<String, JsonNode> field = fields.next();
                String child = path.isEmpty() ? field.getKey() : path + "." + field.getKey();
                walk(child, field.getValue(), actual.get(field.getKey()));
            }
            return;
        }
        if (expected.isArray() && actual != null && actual.isArray()) {
            Map<String, JsonNode> saved = named(expected);
            Map<String, JsonNode> now = named(actual);
            if (saved != null && now != null) {
                saved.forEach((name, node) -> walk(path + "[" + name + "]", node, now.get(name)));
                now.forEach((name, node) -> {
                    if (!saved.containsKey(name)) {
                        walk(path + "[" + name + "]", null, node);
                    }
                });
            } else {
                for (int i = 0; i < Math.max(expected.size(), actual.size()); i++) {
                    walk(path + "[" + i + "]", i < expected.size() ? expected.get(i) : null,
                            i < actual.size() ? actual.get(i) : null);
                }
            }
            return;
        }
        values += leaves(expected);
        if (actual != null && expected.isNumber() && actual.isNumber()) {
            BigDecimal e = expected.decimalValue();
            BigDecimal a = actual.decimalValue();
            if (e.compareTo(a) == 0) {
                return;
            }
            BigDecimal diff = a.subtract(e);
            String difference = (diff.signum() > 0 ? "+" : "") + diff.stripTrailingZeros().toPlainString();
            record(path, new Change(path, text(expected), text(actual), difference), within(path, e, diff));
            return;
        }
        if (actual != null && expected.equals(actual)) {
            return;
        }
        // A value that changed, a list member or field that is gone, or null that became a value (or back).
        record(path, new Change(path, text(expected), text(actual), null), false);
    }

    private boolean within(String path, BigDecimal expected, BigDecimal diff) {
        if (tolerance <= 0) {
            return false;
        }
        String field = path.substring(path.lastIndexOf('.') + 1);
        double moved = Math.abs(diff.doubleValue());
        if (SHARES.contains(field)) {
            return moved <= tolerance;
        }
        if (RELATIVE.contains(field)) {
            return moved <= tolerance * Math.abs(expected.doubleValue());
        }
        return false;
    }

    private void record(String path, Change change, boolean withinTolerance) {
        if (note.test(path)) {
            notes.add(change);
        } else if (withinTolerance) {
            this.withinTolerance.add(change);
        } else {
            changes.add(change);
        }
    }

    private static long leaves(JsonNode node) {
        if (!node.isContainerNode()) {
            return 1;
        }
        long n = 0;
        for (JsonNode child : node) {
            n += leaves(child);
        }
        return n;
    }

    /** The list's elements by name, or null when they are not all objects named by the same field, uniquely. */
    private static Map<String, JsonNode> named(JsonNode list) {
        if (list.isEmpty()) {
            return Map.of();
        }
        String by = null;
        if (list.get(0).isObject() && list.get(0).has("a") && list.get(0).has("b") && list.get(0).get("a").isTextual()) {
            by = "a|b";
        } else {
            for (String name : NAMES) {
                if (list.get(0).isObject() && list.get(0).path(name).isTextual()) {
                    by = name;
                    break;
                }
            }
        }
        if (by == null) {
            return null;
        }
        Map<String, JsonNode> out = new LinkedHashMap<>();
        for (JsonNode element : list) {
            String name = by.equals("a|b")
                    ? element.path("a").asText() + "|" + element.path("b").asText()
                    : element.path(by).isTextual() ? element.path(by).asText() : null;
            if (!element.isObject() || name == null || out.putIfAbsent(name, element) != null) {
                return null;
            }
        }
        return out;
    }

    /** A value as JSON text (numbers as plain decimals, a string without quotes, a list or object compact). */
    private static String text(JsonNode node) {
        if (node == null) {
            return null;
        }
        if (node.isNumber()) {
            return node.decimalValue().toPlainString();
        }
        return node.isTextual() ? node.asText() : node.toString();
    }
}
