package io.postings.engine.aggregate;

import io.postings.input.ProblemKind;

/**
 * The first sign of damaged input under strict reading: which problem, where, and the value.
 * Unchecked because it leaves through the readers' and normalizer's listener calls; the
 * pipeline turns it into an input error.
 */
public final class StrictFailure extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final ProblemKind kind;
    private final String where;

    StrictFailure(ProblemKind kind, String where, String detail) {
        super(where + ": " + kind.key() + " (--strict stops at the first damaged row): "
                + (detail == null ? "" : detail.length() > 80 ? detail.substring(0, 80) + "…" : detail));
        this.kind = kind;
        this.where = where;
    }

    public ProblemKind kind() {
        return kind;
    }

    public String where() {
        return where;
    }
}
