package io.postings.engine.pass;

import io.postings.normalize.Text;

/**
 * docs/METRICS.md section 1: postings with the same non-empty input id are one posting, the first
 * read wins; with {@code content} mode, so are postings with the same company, title,
 * location and description (case-folded, whitespace collapsed). Keeps a 64-bit hash per
 * distinct key: two different keys collide with a chance of about n²/2⁶⁵ (10 million
 * postings: about 3 in a million runs).
 */
public final class Deduplicator {
    /** How postings are recognised as the same. */
    public enum Mode { ID, CONTENT }

    private final Mode mode;
    private final LongHashSet ids = new LongHashSet();
    private final LongHashSet contents = new LongHashSet();

    public Deduplicator(Mode mode) {
        this.mode = mode;
    }

    /** True when the content of a record (company, title, location, description) is compared too. */
    public boolean content() {
        return mode == Mode.CONTENT;
    }

    /**
     * True when a record with this id or content was seen before, in input order: checked on the
     * raw values, never the normalized fields; the caller drops a duplicate's field problems
     * (docs/METRICS.md). The one pass takes the key on the preparing thread and decides here, on
     * the thread that keeps input order.
     *
     * @param id      the input id, or null when the record has none (then only content can match)
     * @param content the record's {@link #contentKey} in {@code content} mode (unused, 0, in {@code id} mode)
     */
    public boolean isDuplicate(String id, long content) {
        return isDuplicate(id, idKey(id), content);
    }

    /** As {@link #isDuplicate(String, long)}, with the id's {@link #idKey} worked out before (on the preparing thread). */
    boolean isDuplicate(String id, long idKey, long content) {
        boolean dup = id != null && !ids.add(idKey);
        if (!dup && mode == Mode.CONTENT) {
            dup = !contents.add(content);
        }
        return dup;
    }

    /**
     * Reads the slot the id with this key would take, so that the insert which follows finds it
     * in cache: the pass does this for a whole batch before counting it, and the reads' cache
     * misses overlap instead of coming one per posting (docs/performance.md, round 9).
     */
    void warm(long idKey) {
        ids.touch(idKey);
    }

    /** The 64-bit key an id is recognised by (0 without one): taken where the record is prepared, off the thread that keeps order. */
    static long idKey(String id) {
        return id == null ? 0 : hash(id);
    }

    /**
     * The content a record is recognised by in {@code content} mode, as a 64-bit hash: a
     * distributed de-dup keys its second stage by it. A record is a duplicate by content when
     * an earlier record with the same key was not itself a duplicate by id.
     */
    public static long contentKey(String company, String title, String location, String description) {
        return hash(Text.fold(company) + '\u0001' + Text.fold(title) + '\u0001' + Text.fold(location) + '\u0001'
                + Text.fold(description));
    }

    /** 64-bit FNV-1a over the UTF-16 code units, then a finalizer so close strings spread. */
    static long hash(String s) {
        // Over the UTF-16 code units directly: no byte array per posting.
        long h = 0xcbf29ce484222325L;
        for (int i = 0; i < s.length(); i++) {
            h ^= s.charAt(i);
            h *= 0x100000001b3L;
        }
        h ^= h >>> 29;
        h *= 0xbf58476d1ce4e5b9L;
        h ^= h >>> 32;
        return h;
    }
}
