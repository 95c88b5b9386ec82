package io.postings.input;

/** Told about every row a reader had to reject, with its raw text, so nothing is lost silently. */
@FunctionalInterface
public interface RejectListener {

    /**
     * @param reason why ({@link ProblemKind#WRONG_FIELD_COUNT}, {@link ProblemKind#MALFORMED_JSON}...)
     * @param raw  the row as it was read, possibly shortened
     */
    void rejected(String source, long line, ProblemKind reason, String raw);

    /**
     * A record that was read, but with damage the reader repaired (bytes that were not UTF-8,
     * replaced by U+FFFD): counted as a problem of {@code kind}, the record itself goes on.
     *
     * @param detail the damaged value
     */
    default void damaged(String source, long line, ProblemKind kind, String detail) {
    }

    RejectListener IGNORE = (source, line, reason, raw) -> { };
}
