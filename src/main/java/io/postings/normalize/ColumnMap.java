package io.postings.normalize;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.postings.input.Cells;
import io.postings.input.RawRecord;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
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
    private final Map<String, ExportFormat> formatBySource = new HashMap<>();
    private final Map<String, Map<Field, Spec[]>> candidatesByFormat = new HashMap<>();
    /** The last source looked up and its candidates: records come source by source. */
    private String lastSource;
    private Map<Field, Spec[]> lastCandidates;
    /** The last record layout seen and its candidates narrowed to the columns it has. */
    private Object lastShape;
    private Spec[][] shapeCandidates;
    /**
     * Per field and candidate of {@link #shapeCandidates}, the column's position in the layout
     * (-1: a constant); null when the layout's records cannot be read by position.
     */
    private int[][] shapeColumns;

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
        lastSource = null;
        lastShape = null;
        shapeColumns = null;
    }

    /** The format assigned to a source, or null. */
    public ExportFormat format(String source) {
        return formatBySource.get(source);
    }

    private Spec[] candidates(RawRecord record, Field field) {
        Object shape = record.shape();
        if (shape != null && shape == lastShape && record.source().equals(lastSource)) {
            return shapeCandidates[field.ordinal()];
        }
        Spec[] all = formatCandidates(record, field);
        if (shape != null) {
            // A new layout (a CSV header): keep, per field, only the candidates it can fill.
            Spec[][] narrowed = new Spec[Field.values().length][];
            for (Field f : Field.values()) {
                narrowed[f.ordinal()] = java.util.Arrays.stream(formatCandidates(record, f))
                        .filter(s -> s.isConstant() || record.values().containsKey(s.column()))
                        .toArray(Spec[]::new);
            }
            shapeCandidates = narrowed;
            shapeColumns = null;
            if (record.values() instanceof Cells cells) {
                shapeColumns = new int[narrowed.length][];
                for (int f = 0; f < narrowed.length; f++) {
                    shapeColumns[f] = java.util.Arrays.stream(narrowed[f])
                            .mapToInt(s -> s.isConstant() ? -1 : cells.columnIndex(s.column())).toArray();
                }
            }
            lastShape = shape;
            return narrowed[field.ordinal()];
        }
        lastShape = null;
        shapeColumns = null;
        return all;
    }

    private Spec[] formatCandidates(RawRecord record, Field field) {
        if (!record.source().equals(lastSource)) {
            ExportFormat format = formatBySource.get(record.source());
            lastCandidates = candidatesByFormat.get(format == null ? "" : format.key());
            lastSource = record.source();
        }
        return lastCandidates.get(field);
    }

    /** The field's value in the row, or null when no candidate column has one. */
    public String value(RawRecord record, Field field) {
        Spec[] specs = candidates(record, field);
        if (shapeColumns != null && record.shape() == lastShape && record.values() instanceof Cells cells) {
            // A layout with positions: each candidate's cell read by position, no name lookup per row.
            int[] at = shapeColumns[field.ordinal()];
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

    /** The spec (as written) of the candidate that gave the field its value in the row, or null. */
    public String feeder(RawRecord record, Field field) {
        for (Spec spec : candidates(record, field)) {
            if (spec.valueIn(record) != null) {
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
