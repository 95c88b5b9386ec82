package io.postings.input;

/** Told about every row a reader had to reject, with its raw text, so nothing is lost silently. */
@FunctionalInterface
public interface RejectListener {

    /**
     * @param kind short machine name of the reason (wrong_field_count, malformed_json, not_an_object...)
     * @param raw  the row as it was read, possibly shortened
     */
    void rejected(String source, long line, String kind, String raw);

    RejectListener IGNORE = (source, line, kind, raw) -> { };
}
