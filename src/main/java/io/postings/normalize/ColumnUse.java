package io.postings.normalize;

import java.util.List;

/**
 * Which column fed each field of one record, and the hints of its layout (columns nothing
 * reads), as the column map read them when the record was normalized: worked out on the thread
 * that normalizes and handed on with the posting, so that {@code inspect} never asks the map
 * from another thread (which may have moved on to a later layout or format).
 *
 * @param feeders per field (by ordinal), the spec that gave its value, or null
 */
public record ColumnUse(List<String> feeders, List<ColumnHints.Hint> hints) {
    public String feeder(Field field) {
        return feeders.get(field.ordinal());
    }
}
