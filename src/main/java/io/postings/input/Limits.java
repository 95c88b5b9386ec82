package io.postings.input;

/**
 * Sizes past which input is treated as broken rather than read, so that memory stays bounded
 * whatever a file holds (a 1 GB row, a quote that never closes, a gzip stream that inflates
 * without end). Real postings are far below them: a long description is some 20 KB.
 */
public final class Limits {
    /** Characters in one field (one CSV value, one JSON string or array); a longer one rejects its row. */
    public static final int MAX_FIELD_CHARS = 1 << 20;
    /**
     * Characters in one record (bytes, for CSV). A longer JSON Lines line or JSON object is rejected
     * and skipped; a longer CSV record ends the input, since after it the parser cannot tell rows apart.
     */
    public static final int MAX_RECORD_CHARS = 16 << 20;
    /** Lines one CSV record may span: more means a quote opened and never closed. */
    public static final int MAX_RECORD_LINES = 10_000;
    /**
     * Cells in one CSV record. A header with more is not a dump's header; a row with more is
     * rejected (its cells past the limit are counted, not kept), so that work and memory stay
     * linear in the row whatever its shape.
     */
    public static final int MAX_RECORD_CELLS = 10_000;
    /** How much of an over-long record is kept as its raw text for the rejects file. */
    public static final int RAW_CUT = 64 << 10;

    private Limits() {
    }

    /** The text cut to {@link #RAW_CUT} characters, marked with an ellipsis when cut. */
    static String cut(String raw) {
        return raw.length() <= RAW_CUT ? raw : raw.substring(0, RAW_CUT) + "…";
    }
}
