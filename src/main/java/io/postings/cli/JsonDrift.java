package io.postings.cli;

import com.fasterxml.jackson.databind.JsonNode;
import io.postings.report.Change;
import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
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
 * other lists by position. Numbers are compared exactly as decimals, p-values to three
 * significant digits (what a p-value means; its later digits only follow the arithmetic).
 * Each kind of number has its tolerances ({@link Tolerances}); names and flags always match.
 */
final class JsonDrift {
    /** Fractions of a count: shares, Jaccard, percentages, p-values. */
    private static final Set<String> SHARES = Set.of("share", "entry_level_share", "remote_share", "coverage", "jaccard",
            "pct", "premium_pct", "p_value", "share_a", "share_b", "lowest", "highest");
    /** Dollar amounts: medians, interval bounds, premiums, the salary gap. */
    private static final Set<String> MONEY = Set.of("median", "low", "high", "premium", "usd");
    private static final Set<String> RATIOS = Set.of("ratio", "larger_over_smaller");
    /** Counts of postings, rows, skills and salaries. */
    private static final Set<String> COUNTS = Set.of("count", "n", "postings", "of", "count_a", "count_b",
            "intersection", "union", "rows_read", "duplicates", "rejected", "without_role", "salary_stated",
            "salary_valid", "skill_count", "difference");
    private static final MathContext P_VALUE = new MathContext(3, RoundingMode.HALF_EVEN);

    /**
     * How far a number may move and still pass; it passes when any tolerance of its kind allows it.
     *
     * @param relative    --tolerance: shares by this much (absolute fraction), money and ratios by this fraction
     *                    of the saved value
     * @param money       --money-tolerance: dollars, absolute, for medians, interval bounds, premiums and the gap; null if not given
     * @param count       --count-tolerance: absolute, for counts; null if not given
     * @param sharePoints --share-tolerance: percentage points for shares, Jaccard, percentages, p-values; null if not given
     */
    record Tolerances(double relative, Double money, Double count, Double sharePoints) {
        static final Tolerances EXACT = new Tolerances(0, null, null, null);
    }
    /** What names an element of a list of objects, tried in order; a pair is named by both roles. */
    private static final List<String> NAMES = List.of("key", "skill", "role", "kind");

    private final Tolerances tolerance;
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
    JsonDrift(Tolerances tolerance, Predicate<String> ignored, Predicate<String> note) {
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
            record(path, new Change(path, null, value(actual), null), false);
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
            boolean pValue = field(path).equals("p_value");
            BigDecimal e = pValue ? expected.decimalValue().round(P_VALUE) : expected.decimalValue();
            BigDecimal a = pValue ? actual.decimalValue().round(P_VALUE) : actual.decimalValue();
            if (e.compareTo(a) == 0) {
                return;
            }
            BigDecimal diff = a.subtract(e);
            record(path, new Change(path, e, a, diff), within(path, e, diff));
            return;
        }
        if (actual != null && expected.equals(actual)) {
            return;
        }
        // A value that changed, a list member or field that is gone, or null that became a value (or back).
        record(path, new Change(path, value(expected), value(actual), null), false);
    }

    private static String field(String path) {
        return path.substring(path.lastIndexOf('.') + 1);
    }

    private boolean within(String path, BigDecimal expected, BigDecimal diff) {
        String field = field(path);
        double moved = Math.abs(diff.doubleValue());
        double relative = tolerance.relative();
        if (SHARES.contains(field)) {
            return relative > 0 && moved <= relative
                    || tolerance.sharePoints() != null && moved <= tolerance.sharePoints() / 100 + 1e-12;
        }
        if (MONEY.contains(field)) {
            return relative > 0 && moved <= relative * Math.abs(expected.doubleValue())
                    || tolerance.money() != null && moved <= tolerance.money();
        }
        if (RATIOS.contains(field)) {
            return relative > 0 && moved <= relative * Math.abs(expected.doubleValue());
        }
        if (COUNTS.contains(field)) {
            return tolerance.count() != null && moved <= tolerance.count();
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
    static Map<String, JsonNode> named(JsonNode list) {
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

    /** A value as the check report carries it: a number as an exact decimal, a string as text, a list or object as JSON. */
    private static Object value(JsonNode node) {
        if (node == null || node.isNull()) {
            return node == null ? null : node;
        }
        if (node.isNumber()) {
            return node.decimalValue();
        }
        return node.isTextual() ? node.asText() : node;
    }
}
