package io.postings.normalize;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import io.postings.input.RawRecord;

/**
 * Which input columns feed which posting field: explicit {@code --map field=column} first,
 * then the aliases of {@code columns.txt}. A field takes the first candidate column that is
 * present and not blank in the row, so exports that leave one alias empty fall through to
 * the next.
 */
public final class ColumnMap {
    private final Map<Field, String[]> candidates = new EnumMap<>(Field.class);

    /** @param overrides field to column name, as given with --map */
    public ColumnMap(Map<Field, String> overrides) {
        Map<Field, List<String>> lists = new EnumMap<>(Field.class);
        overrides.forEach((field, column) ->
                lists.computeIfAbsent(field, f -> new ArrayList<>()).add(column.strip().toLowerCase(Locale.ROOT)));
        for (List<String> entry : TaxonomyFile.resource("columns.txt")) {
            Field field = Field.of(entry.get(0));
            if (field == null) {
                throw new IllegalStateException("columns.txt names an unknown field " + entry.get(0));
            }
            List<String> list = lists.computeIfAbsent(field, f -> new ArrayList<>());
            if (!overrides.containsKey(field)) {
                entry.subList(1, entry.size()).forEach(c -> list.add(c.toLowerCase(Locale.ROOT)));
            }
        }
        lists.forEach((field, list) -> candidates.put(field, list.toArray(String[]::new)));
    }

    /** The field's value in the row, or null when no candidate column has one. */
    public String value(RawRecord record, Field field) {
        String[] columns = candidates.get(field);
        if (columns == null) {
            return null;
        }
        for (String column : columns) {
            String v = record.get(column);
            if (!Text.isMissing(v)) {
                return v.strip();
            }
        }
        return null;
    }

    /** The first candidate column of the field that the row has at all, or null. */
    public String column(RawRecord record, Field field) {
        String[] columns = candidates.get(field);
        if (columns != null) {
            for (String column : columns) {
                if (record.values().containsKey(column)) {
                    return column;
                }
            }
        }
        return null;
    }
}
