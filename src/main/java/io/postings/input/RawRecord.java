package io.postings.input;

import java.util.Map;

/**
 * One input row as read: its values by lower-cased column name (nested JSON paths joined
 * with dots), and where it came from.
 *
 * @param source the input's name as given ("-" for standard input)
 * @param line   1-based line where the record begins
 */
public record RawRecord(String source, long line, Map<String, String> values, Object shape) {

    /**
     * A record with no shape token.
     *
     * @see #shape()
     */
    public RawRecord(String source, long line, Map<String, String> values) {
        this(source, line, values, null);
    }

    /**
     * The record's column layout, or null: the same object for every record with the same
     * columns (a CSV file's header), so column lookups can be worked out once per layout.
     */
    @Override
    public Object shape() {
        return shape;
    }

    /** The value of a column (lower-cased name), or null when the row has no such column. */
    public String get(String column) {
        return values.get(column);
    }

    public String where() {
        return source + ":" + line;
    }
}
