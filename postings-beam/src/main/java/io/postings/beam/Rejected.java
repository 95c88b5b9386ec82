package io.postings.beam;

import java.io.Serializable;
import java.util.Comparator;

/**
 * A row a reader rejected, for --rejects: where it was in the input (the file's index and the
 * row's place among that file's rejects, since several records can start on one line of a
 * minified JSON file) and what the CLI's rejects file says of it.
 */
record Rejected(int file, long seq, String source, long line, String reason, String raw) implements Serializable {
    /** Input order: files as given, rows as read. */
    static final Comparator<Rejected> INPUT_ORDER = Comparator.comparingInt(Rejected::file).thenComparingLong(Rejected::seq);
}
