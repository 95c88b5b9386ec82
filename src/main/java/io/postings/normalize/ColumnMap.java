package io.postings.normalize;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.postings.input.Cells;
import io.postings.input.RawRecord;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

/**
 * Which input columns feed which posting field: explicit {@code --map field=column} first (it
 * replaces the field's other columns), then the columns of the input's recognised export
 * format ({@link ExportFormat}), then the aliases of {@code columns.txt}. A field takes the
 * first candidate that is present and not blank in the row, so exports that leave one alias
 * empty fall through to the next. Values are stripped and mojibake is undone ({@link Mojibake}).
 *
 * <p>The pipeline tells the map which format each input is in ({@link #assign}); an input
 * with none uses the generic aliases. Not thread-safe: it serves one pass at a time.
 */
public final class ColumnMap {
    private static final ObjectMapper JSON = new ObjectMapper();

    private final Map<Field, Spec[]> generic = new EnumMap<>(Field.class);
    private final Map<Field, String> overrides;
    private final Map<String, ExportFormat> formatBySource = new ConcurrentHashMap<>();
    private final Map<String, Map<Field, Spec[]>> candidatesByFormat = new ConcurrentHashMap<>();
    /**
     * The candidates of the last record layout seen. Immutable and swapped whole, so the threads
     * that share the map ({@code inspect} reads it beside the preparing thread) may race on which
     * layout is kept, never on what a layout holds.
     */
    private volatile Layout layout;

    /**
     * What one record layout (a CSV header, a JSON record's keys) comes to: per field, the
     * candidates it can fill, each naming the layout's own column (found after folding the name,
     * see {@link ColumnNames#fold}), and, for records read by position, each candidate's position
     * (-1: a constant); the hints for columns nothing reads are worked out on first use.
     */
    private static final class Layout {
        final Object shape;
        final List<String> keys;
        final String source;
        final RawRecord record;
        final Spec[][] candidates;
        final int[][] positions;
        final boolean[] decided;
        volatile List<ColumnHints.Hint> hints;

        Layout(Object shape, List<String> keys, String source, RawRecord record, Spec[][] candidates, int[][] positions,
                boolean[] decided) {
            this.shape = shape;
            this.keys = keys;
            this.source = source;
            this.record = record;
            this.candidates = candidates;
            this.positions = positions;
            this.decided = decided;
        }

        Layout of(RawRecord next) {
            Layout l = new Layout(shape, keys, source, next, candidates, positions, decided);
            l.hints = hints;
            return l;
        }
    }

    /**
     * One way to take a field from a row, as written in {@code formats.txt} or {@code --map}:
     * <ul>
     * <li>{@code name}: the column (nested JSON names joined with dots: {@code location.name});</li>
     * <li>{@code name[0]} or {@code name[0].key}: an element of a JSON array column
     *     ({@code pay_input_ranges[0].min_cents});</li>
     * <li>{@code name ~ regex}: the first group the regex finds in the value (or the whole
     *     match), else nothing ({@code hostedurl ~ jobs\.lever\.co/([^/]+)});</li>
     * <li>{@code name / 100}: the number divided (cents to dollars);</li>
     * <li>{@code =text}: always {@code text}; a bare {@code =} means the field has no column.</li>
     * </ul>
     */
    public record Spec(String text, String column, Integer index, String key, Pattern regex, BigDecimal divisor,
            String constant) {

        private static final Pattern SHAPE = Pattern.compile(
                "([^\\[]+?)(?:\\[(\\d+)\\](?:\\.(.+?))?)?(?:\\s+~\\s+(.+?))?(?:\\s+/\\s+([0-9.]+))?");

        public static Spec parse(String text) {
            String t = text.strip();
            if (t.startsWith("=")) {
                String constant = t.substring(1).strip();
                return new Spec(t, null, null, null, null, null, constant.isEmpty() ? null : constant);
            }
            Matcher m = SHAPE.matcher(t);
            if (!m.matches()) {
                return new Spec(t, t.toLowerCase(Locale.ROOT), null, null, null, null, null);
            }
            Pattern regex = null;
            if (m.group(4) != null) {
                try {
                    regex = Pattern.compile(m.group(4).strip());
                } catch (java.util.regex.PatternSyntaxException e) {
                    throw new IllegalArgumentException("not a regular expression: " + e.getDescription() + " in '"
                            + m.group(4).strip() + "'", e);
                }
            }
            BigDecimal divisor = null;
            if (m.group(5) != null) {
                try {
                    divisor = new BigDecimal(m.group(5));
                } catch (NumberFormatException e) {
                    throw new IllegalArgumentException("not a number to divide by: '" + m.group(5) + "'", e);
                }
                if (divisor.signum() == 0) {
                    throw new IllegalArgumentException("division by zero");
                }
            }
            if (m.group(4) == null && t.matches(".*\\s~(\\s.*)?") || t.endsWith(" /")) {
                throw new IllegalArgumentException("an operator without its operand");
            }
            return new Spec(t, m.group(1).strip().toLowerCase(Locale.ROOT),
                    m.group(2) == null ? null : Integer.valueOf(m.group(2)),
                    m.group(3) == null ? null : m.group(3).strip(),
                    regex, divisor, null);
        }

        boolean isConstant() {
            return column == null;
        }

        /** The same spec over another column (the layout's own spelling of its name). */
        Spec withColumn(String actual) {
            String t = text.strip();
            String rest = t.length() >= column.length() ? t.substring(column.length()) : "";
            return new Spec(actual + rest, actual, index, key, regex, divisor, constant);
        }

        /** The value this spec takes from the row: null when absent, blank or a sentinel. */
        String valueIn(RawRecord record) {
            return isConstant() ? constant : valueOf(record.get(column));
        }

        /** The value this spec takes from its column's cell {@code v} (null: the row has no such column). */
        String valueOf(String v) {
            return valueOf(v, false);
        }

        /** As above; {@code ascii}: the cell is known to be plain ASCII, so there is no mojibake to look for. */
        String valueOf(String v, boolean ascii) {
            if (isConstant()) {
                return constant;
            }
            if (Text.isMissing(v)) {
                return null;
            }
            if (index != null) {
                v = element(v, index, key);
                if (Text.isMissing(v)) {
                    return null;
                }
            }
            if (regex != null) {
                Matcher m = regex.matcher(v);
                if (!m.find()) {
                    return null;
                }
                v = m.groupCount() >= 1 && m.group(1) != null ? m.group(1) : m.group();
            }
            if (divisor != null) {
                v = divided(v, divisor);
                if (v == null) {
                    return null;
                }
            }
            if (index == null && regex == null && divisor == null) {
                // The cell itself, already known not to be missing, strip included.
                return ascii ? v.strip() : Mojibake.repair(v.strip());
            }
            String stripped = v.strip();
            return Text.isMissing(stripped) ? null : Mojibake.repair(stripped);
        }

        private static String element(String json, int index, String key) {
            try {
                JsonNode node = JSON.readTree(json);
                if (node == null || !node.isArray() || node.size() <= index) {
                    return null;
                }
                JsonNode item = node.get(index);
                if (key != null) {
                    for (String part : key.split("\\.")) {
                        item = item == null ? null : item.get(part);
                    }
                }
                return item == null || item.isNull() || item.isContainerNode() ? null : item.asText();
            } catch (java.io.IOException e) {
                return null;
            }
        }

        private static String divided(String number, BigDecimal divisor) {
            try {
                return new BigDecimal(number.strip()).divide(divisor, java.math.MathContext.DECIMAL64)
                        .stripTrailingZeros().toPlainString();
            } catch (NumberFormatException | ArithmeticException e) {
                return null;
            }
        }
    }

    /**
     * The columns --map names, each with whether a record had it: a mapped column that no
     * input has is a mistake (a typo, the wrong file), not a field that is always empty.
     */
    private final Map<String, String> mappedColumns = new java.util.LinkedHashMap<>();
    private final java.util.Set<String> mappedSeen = new java.util.HashSet<>();
    private Object lastObservedShape;
    /** The columns of the first record seen, with its source, to name in the error. */
    private List<String> firstColumns;
    private String firstSource;

    /** @param overrides field to column spec, as given with --map */
    public ColumnMap(Map<Field, String> overrides) {
        this.overrides = Map.copyOf(overrides);
        overrides.forEach((field, spec) -> {
            Spec parsed = Spec.parse(spec);
            if (!parsed.isConstant()) {
                mappedColumns.put(parsed.column(), field.key() + "=" + spec);
            }
        });
        for (List<String> entry : TaxonomyFile.resource("columns.txt")) {
            Field field = Field.of(entry.get(0));
            if (field == null) {
                throw new IllegalStateException("columns.txt names an unknown field " + entry.get(0));
            }
            List<Spec> specs = new ArrayList<>();
            entry.subList(1, entry.size()).forEach(c -> specs.add(Spec.parse(c)));
            generic.put(field, specs.toArray(Spec[]::new));
        }
        candidatesByFormat.put("", candidates(null));
    }

    /** The candidates of every field under a format (null: none): overrides, else format columns then aliases. */
    private Map<Field, Spec[]> candidates(ExportFormat format) {
        Map<Field, Spec[]> out = new EnumMap<>(Field.class);
        for (Field field : Field.values()) {
            List<Spec> list = new ArrayList<>();
            String override = overrides.get(field);
            if (override != null) {
                list.add(Spec.parse(override));
            } else {
                List<String> own = format == null ? null : format.columns().get(field);
                boolean none = false;
                if (own != null) {
                    for (String c : own) {
                        Spec spec = Spec.parse(c);
                        if (spec.isConstant() && spec.constant() == null) {
                            none = true;
                        } else {
                            list.add(spec);
                        }
                    }
                }
                if (!none) {
                    list.addAll(List.of(generic.getOrDefault(field, new Spec[0])));
                }
            }
            out.put(field, list.toArray(Spec[]::new));
        }
        return out;
    }

    /** Notes which mapped columns the record has (once per layout); cheap when nothing is mapped. */
    public void observe(RawRecord record) {
        if (firstColumns == null) {
            firstColumns = List.copyOf(record.values().keySet());
            firstSource = record.source();
        }
        if (mappedSeen.size() == mappedColumns.size()) {
            return;
        }
        Object shape = record.shape();
        if (shape != null && shape == lastObservedShape) {
            return;
        }
        lastObservedShape = shape;
        for (String column : mappedColumns.keySet()) {
            if (record.values().containsKey(column)) {
                mappedSeen.add(column);
            }
        }
    }

    /**
     * After the pass: the first --map whose column no record had, as a message naming the
     * columns the first input has and the closest of them; null when every mapped column was found.
     */
    public String missingMappedColumn() {
        for (Map.Entry<String, String> mapped : mappedColumns.entrySet()) {
            if (mappedSeen.contains(mapped.getKey()) || firstColumns == null) {
                continue;
            }
            String column = mapped.getKey();
            String closest = firstColumns.stream()
                    .min(java.util.Comparator.comparingInt((String c) -> RoleSuggestions.distance(column, c))
                            .thenComparing(java.util.Comparator.naturalOrder()))
                    .orElse(null);
            List<String> shown = firstColumns.size() <= 40 ? firstColumns : firstColumns.subList(0, 40);
            return "--map " + mapped.getValue() + ": no input has a column '" + column + "'; " + firstSource + " has "
                    + String.join(", ", shown) + (shown.size() < firstColumns.size() ? ", ..." : "")
                    + (closest == null ? "" : "; closest: " + closest);
        }
        return null;
    }

    /** Records of {@code source} are in {@code format} from now on (null: no known format). */
    public void assign(String source, ExportFormat format) {
        if (format == null) {
            formatBySource.remove(source);
        } else {
            formatBySource.put(source, format);
            candidatesByFormat.computeIfAbsent(format.key(), k -> candidates(format));
        }
        layout = null;
    }

    /** The format assigned to a source, or null. */
    public ExportFormat format(String source) {
        return formatBySource.get(source);
    }

    /** The candidates of the record's layout, narrowed to (and named as) the columns it has. */
    private Layout layout(RawRecord record) {
        Layout l = layout;
        if (l != null && l.record == record) {
            return l;
        }
        Object shape = record.shape();
        String source = record.source();
        if (l != null && l.source.equals(source)) {
            if (shape != null && shape == l.shape) {
                return l;
            }
            if (shape == null && l.shape == null && sameKeys(l.keys, record.values().keySet())) {
                l = l.of(record);
                layout = l;
                return l;
            }
        }
        l = narrowed(record);
        layout = l;
        return l;
    }

    private static boolean sameKeys(List<String> keys, java.util.Set<String> names) {
        if (keys.size() != names.size()) {
            return false;
        }
        int i = 0;
        for (String name : names) {
            if (!name.equals(keys.get(i++))) {
                return false;
            }
        }
        return true;
    }

    private Layout narrowed(RawRecord record) {
        ExportFormat format = formatBySource.get(record.source());
        Map<Field, Spec[]> all = candidatesByFormat.get(format == null ? "" : format.key());
        Map<String, String> byFold = ColumnNames.byFold(record.values().keySet());
        Spec[][] narrowed = new Spec[Field.values().length][];
        for (Field f : Field.values()) {
            List<Spec> kept = new ArrayList<>();
            for (Spec s : all.get(f)) {
                if (s.isConstant() || record.values().containsKey(s.column())) {
                    kept.add(s);
                } else {
                    String actual = byFold.get(ColumnNames.fold(s.column()));
                    if (actual != null) {
                        kept.add(s.withColumn(actual));
                    }
                }
            }
            narrowed[f.ordinal()] = kept.toArray(Spec[]::new);
        }
        int[][] positions = null;
        if (record.shape() != null && record.values() instanceof Cells cells) {
            positions = new int[narrowed.length][];
            for (int f = 0; f < narrowed.length; f++) {
                positions[f] = java.util.Arrays.stream(narrowed[f])
                        .mapToInt(s -> s.isConstant() ? -1 : cells.columnIndex(s.column())).toArray();
            }
        }
        List<String> keys = record.shape() == null ? List.copyOf(record.values().keySet()) : null;
        boolean[] decided = new boolean[narrowed.length];
        for (Field f : Field.values()) {
            decided[f.ordinal()] = overrides.containsKey(f) || (format != null && format.columns().containsKey(f));
        }
        return new Layout(record.shape(), keys, record.source(), record, narrowed, positions, decided);
    }

    private Spec[] candidates(RawRecord record, Field field) {
        return layout(record).candidates[field.ordinal()];
    }

    /**
     * Columns of the record's layout that look like a field nothing reads (pay, dates, skills,
     * work mode, titles), each with the {@code --map} that would read it; see {@link ColumnHints}.
     */
    public List<ColumnHints.Hint> hints(RawRecord record) {
        Layout l = layout(record);
        List<ColumnHints.Hint> hints = l.hints;
        if (hints == null) {
            hints = ColumnHints.of(record.values().keySet(), l.candidates, l.decided);
            l.hints = hints;
        }
        return hints;
    }

    /** The field's value in the row, or null when no candidate column has one. */
    public String value(RawRecord record, Field field) {
        Layout l = layout(record);
        Spec[] specs = l.candidates[field.ordinal()];
        if (l.positions != null && record.values() instanceof Cells cells) {
            // A layout with positions: each candidate's cell read by position, no name lookup per row.
            int[] at = l.positions[field.ordinal()];
            for (int k = 0; k < specs.length; k++) {
                String v = at[k] < 0 ? specs[k].valueOf(null) : specs[k].valueOf(cells.cell(at[k]), cells.isAscii(at[k]));
                if (v != null) {
                    return v;
                }
            }
            return null;
        }
        for (Spec spec : specs) {
            String v = spec.valueIn(record);
            if (v != null) {
                return v;
            }
        }
        return null;
    }

    /**
     * The field's first value in the row that {@code accept} takes, or null: a work mode from the
     * first column that holds one, past a {@code work_type} of FULL_TIME.
     */
    public String value(RawRecord record, Field field, java.util.function.Predicate<String> accept) {
        for (Spec spec : candidates(record, field)) {
            String v = spec.valueIn(record);
            if (v != null && accept.test(v)) {
                return v;
            }
        }
        return null;
    }

    /** The spec (as written) of the candidate that gave the field its value in the row, or null. */
    public String feeder(RawRecord record, Field field) {
        java.util.function.Predicate<String> accept = field == Field.WORK_MODE ? WorkModes::isWorkMode : v -> true;
        for (Spec spec : candidates(record, field)) {
            String v = spec.valueIn(record);
            if (v != null && accept.test(v)) {
                return spec.text();
            }
        }
        return null;
    }

    /** The first candidate column of the field that the row has at all, or null. */
    public String column(RawRecord record, Field field) {
        for (Spec spec : candidates(record, field)) {
            if (!spec.isConstant() && record.values().containsKey(spec.column())) {
                return spec.column();
            }
        }
        return null;
    }
}
