package io.postings.report;

import java.util.List;

/**
 * The columns that gave one posting field its value in one input: {key: the column as the
 * format or alias names it, count: postings it fed, of: the input's postings, share}, most
 * used first. A field no column fed is listed with no columns.
 */
public record FieldFeed(String field, List<Share> columns) {
}
