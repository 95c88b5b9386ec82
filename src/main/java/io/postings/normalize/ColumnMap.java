package io.postings.normalize;

import io.postings.input.Cells;
import io.postings.input.RawRecord;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * Which input columns feed which posting field: explicit {@code --map field=column} first (it
 * replaces the field's other columns), then the columns of the input's recognised export
 * format ({@link ExportFormat}), then the aliases of {@code columns.txt}. A field takes the
 * first candidate that is present and not blank in the row, so exports that leave one alias
 * empty fall through to the next. Values are stripped and mojibake is undone ({@link Mojibake}).
 *
 * <p>The pipeline tells the map which format each input is in ({@link #assign}); an input
 * with none uses the generic aliases. Not thread-safe, and confined: the thread that normalizes
 * an input is the only one that uses it while the input is read (it is handed over when that
 * thread starts and ends); what others need of it travels with the posting ({@link #use}).
 */
public final class ColumnMap {
    private final Map<Field, ColumnSpec[]> generic = new EnumMap<>(Field.class);
    private final Map<Field, String> overrides;
    private final Map<String, ExportFormat> formatBySource = new java.util.HashMap<>();
    private final Map<String, Map<Field, ColumnSpec[]>> candidatesByFormat = new java.util.HashMap<>();
    /** The candidates of the last record layout seen. */
    private Layout layout;

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
        final ColumnSpec[][] candidates;
        final int[][] positions;
        final boolean[] decided;
        List<ColumnHints.Hint> hints;

        Layout(Object shape, List<String> keys, String source, RawRecord record, ColumnSpec[][] candidates, int[][] positions,
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
            ColumnSpec parsed = ColumnSpec.parse(spec);
            if (!parsed.isConstant()) {
                mappedColumns.put(parsed.column(), field.key() + "=" + spec);
            }
        });
        for (List<String> entry : TaxonomyFile.resource("columns.txt")) {
            Field field = Field.of(entry.get(0));
            if (field == null) {
                throw new IllegalStateException("columns.txt names an unknown field " + entry.get(0));
            }
            List<ColumnSpec> specs = new ArrayList<>();
            entry.subList(1, entry.size()).forEach(c -> specs.add(ColumnSpec.parse(c)));
            generic.put(field, specs.toArray(ColumnSpec[]::new));
        }
        candidatesByFormat.put("", candidates(null));
    }

    /**
     * A map of the same --map overrides that has seen nothing yet: for another thread that reads
     * records of the same inputs ({@link #noteSeen} brings back what it saw).
     */
    public ColumnMap sibling() {
        return new ColumnMap(overrides);
    }

    /** Takes in which mapped columns {@code other} (a {@link #sibling}) saw in its records. */
    public void noteSeen(ColumnMap other) {
        mappedSeen.addAll(other.mappedSeen);
        if (firstColumns == null && other.firstColumns != null) {
            firstColumns = other.firstColumns;
            firstSource = other.firstSource;
        }
    }

    /** The candidates of every field under a format (null: none): overrides, else format columns then aliases. */
    private Map<Field, ColumnSpec[]> candidates(ExportFormat format) {
        Map<Field, ColumnSpec[]> out = new EnumMap<>(Field.class);
        for (Field field : Field.values()) {
            List<ColumnSpec> list = new ArrayList<>();
            String override = overrides.get(field);
            if (override != null) {
                list.add(ColumnSpec.parse(override));
            } else {
                List<String> own = format == null ? null : format.columns().get(field);
                boolean none = false;
                if (own != null) {
                    for (String c : own) {
                        ColumnSpec spec = ColumnSpec.parse(c);
                        if (spec.isConstant() && spec.constant() == null) {
                            none = true;
                        } else {
                            list.add(spec);
                        }
                    }
                }
                if (!none) {
                    list.addAll(List.of(generic.getOrDefault(field, new ColumnSpec[0])));
                }
            }
            out.put(field, list.toArray(ColumnSpec[]::new));
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
        Map<Field, ColumnSpec[]> all = candidatesByFormat.get(format == null ? "" : format.key());
        Map<String, String> byFold = ColumnNames.byFold(record.values().keySet());
        ColumnSpec[][] narrowed = new ColumnSpec[Field.values().length][];
        for (Field f : Field.values()) {
            List<ColumnSpec> kept = new ArrayList<>();
            for (ColumnSpec s : all.get(f)) {
                if (s.isConstant() || record.values().containsKey(s.column())) {
                    kept.add(s);
                } else {
                    String actual = byFold.get(ColumnNames.fold(s.column()));
                    if (actual != null) {
                        kept.add(s.withColumn(actual));
                    }
                }
            }
            narrowed[f.ordinal()] = kept.toArray(ColumnSpec[]::new);
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

    private ColumnSpec[] candidates(RawRecord record, Field field) {
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
        ColumnSpec[] specs = l.candidates[field.ordinal()];
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
        for (ColumnSpec spec : specs) {
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
        for (ColumnSpec spec : candidates(record, field)) {
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
        for (ColumnSpec spec : candidates(record, field)) {
            String v = spec.valueIn(record);
            if (v != null && accept.test(v)) {
                return spec.text();
            }
        }
        return null;
    }

    /** Which column fed each field of the record, and its layout's hints: what {@code inspect} shows. */
    public ColumnUse use(RawRecord record) {
        String[] feeders = new String[Field.values().length];
        for (Field field : Field.values()) {
            feeders[field.ordinal()] = feeder(record, field);
        }
        return new ColumnUse(java.util.Arrays.asList(feeders), hints(record));
    }

    /** The first candidate column of the field that the row has at all, or null. */
    public String column(RawRecord record, Field field) {
        for (ColumnSpec spec : candidates(record, field)) {
            if (!spec.isConstant() && record.values().containsKey(spec.column())) {
                return spec.column();
            }
        }
        return null;
    }
}
