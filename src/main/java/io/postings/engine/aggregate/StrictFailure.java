package io.postings.engine.aggregate;

/**
 * The first sign of damaged input under strict reading: which problem, where, and the value.
 * Unchecked because it leaves through the readers' and normalizer's listener calls; the
 * pipeline turns it into an input error.
 */
public final class StrictFailure extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final String kind;
    private final String where;

    StrictFailure(String kind, String where, String detail) {
        super(where + ": " + kind + " (--strict stops at the first damaged row): "
                + (detail == null ? "" : detail.length() > 80 ? detail.substring(0, 80) + "…" : detail));
        this.kind = kind;
        this.where = where;
    }

    public String kind() {
        return kind;
    }

    public String where() {
        return where;
    }
}
