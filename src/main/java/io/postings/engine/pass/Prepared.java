package io.postings.engine.pass;

import io.postings.normalize.ColumnUse;
import io.postings.normalize.Posting;

/**
 * A record as far as preparing works it out ({@link RecordPreparer#prepare}): a notice of the
 * source, or a posting with what the normalizer said about it, to be counted (or found a
 * duplicate) when the pass reaches it.
 *
 * @param id      the input id it is de-duplicated by, or null when it has none
 * @param idKey   the id's {@link Deduplicator#idKey} (0 without an id)
 * @param columns which columns fed its fields, when asked for ({@code inspect}), else null
 * @param content its {@link Deduplicator#contentKey}, when asked for (a content de-dup), else 0
 */
public record Prepared(boolean notice, String id, long idKey, Posting posting, NormalizeEvents events, ColumnUse columns,
        long content) {
    static final Prepared NOTICE = new Prepared(true, null, 0, null, null, null, 0);
}
