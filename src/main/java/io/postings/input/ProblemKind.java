package io.postings.input;

import java.util.Locale;

/**
 * Every kind of input problem the pass counts, from reading to aggregation (docs/METRICS.md
 * section 7). It lives in {@code input}, the first stage that reports one, so that every later
 * stage names the same constants. {@link #key()} is the kind as outputs spell it (the JSON,
 * the text, the rejects file): the constant's name in lower case.
 */
public enum ProblemKind {
    // Why a reader rejected a row (the rejects file's reason); counted as its rejected twin below.
    BROKEN_QUOTING,
    WRONG_FIELD_COUNT,
    FIELD_TOO_LARGE,
    RECORD_TOO_LARGE,
    NOT_AN_OBJECT,
    MALFORMED_JSON,
    TOO_DEEPLY_NESTED,
    // A rejected row, counted by reason (damage: --strict stops at the first).
    REJECTED_BROKEN_QUOTING(Trait.DAMAGE),
    REJECTED_WRONG_FIELD_COUNT(Trait.DAMAGE),
    REJECTED_FIELD_TOO_LARGE(Trait.DAMAGE),
    REJECTED_RECORD_TOO_LARGE(Trait.DAMAGE),
    REJECTED_NOT_AN_OBJECT(Trait.DAMAGE),
    REJECTED_MALFORMED_JSON(Trait.DAMAGE),
    REJECTED_TOO_DEEPLY_NESTED(Trait.DAMAGE),
    // A row read whole, with damage the reader repaired or a header it read around.
    INVALID_UTF8(Trait.DAMAGE),
    NUL_BYTE(Trait.DAMAGE),
    DUPLICATE_COLUMN,
    // What the normalizer could not read.
    UNKNOWN_ROLE,
    UNKNOWN_COUNTRY,
    UNPARSEABLE_DATE,
    UNPARSEABLE_SALARY(Trait.DAMAGE),
    UNMAPPED_SKILL,
    // A stated salary the rules leave out (one per excluded salary status but unparseable).
    ESTIMATED_SALARY,
    NOT_US_SALARY,
    NOT_USD_SALARY,
    OUT_OF_RANGE_SALARY,
    // Columns that look like a field nothing reads: hints about the layout, one example per detail.
    UNREAD_SALARY_COLUMNS(Trait.HINT),
    UNREAD_POSTED_AT_COLUMNS(Trait.HINT),
    UNREAD_SKILLS_COLUMNS(Trait.HINT),
    UNREAD_WORK_MODE_COLUMNS(Trait.HINT),
    UNREAD_TITLE_COLUMNS(Trait.HINT),
    // What the pass itself notes.
    DUPLICATE_ID,
    SKIPPED_NOTICE;

    private enum Trait { NONE, DAMAGE, HINT }

    private final Trait trait;
    private final String key;

    ProblemKind() {
        this(Trait.NONE);
    }

    ProblemKind(Trait trait) {
        this.trait = trait;
        this.key = name().toLowerCase(Locale.ROOT);
    }

    /** The kind as outputs spell it: {@code unparseable_salary}, {@code rejected_malformed_json}. */
    public String key() {
        return key;
    }

    /** The {@link #key()}: a kind reads in text as outputs spell it. */
    @Override
    public String toString() {
        return key;
    }

    /**
     * Whether it means the input is damaged, not merely outside the vocabularies or the salary
     * rules: a rejected row, bytes that were not UTF-8 or NUL, a salary that cannot be read. An
     * unknown role or country, an unmapped skill, a duplicate or an excluded salary is a
     * reading of a sound value, so --strict lets it pass (it is counted as usual).
     */
    public boolean isDamage() {
        return trait == Trait.DAMAGE;
    }

    /**
     * Whether it is a hint about the input's columns, not about a row: columns that look like a
     * field nothing reads ({@code unread_salary_columns}...); each distinct hint is one example.
     */
    public boolean isHint() {
        return trait == Trait.HINT;
    }

    /** The problem a row rejected for this reason is counted as ({@code rejected_<reason>}). */
    public ProblemKind rejected() {
        return switch (this) {
            case BROKEN_QUOTING -> REJECTED_BROKEN_QUOTING;
            case WRONG_FIELD_COUNT -> REJECTED_WRONG_FIELD_COUNT;
            case FIELD_TOO_LARGE -> REJECTED_FIELD_TOO_LARGE;
            case RECORD_TOO_LARGE -> REJECTED_RECORD_TOO_LARGE;
            case NOT_AN_OBJECT -> REJECTED_NOT_AN_OBJECT;
            case MALFORMED_JSON -> REJECTED_MALFORMED_JSON;
            case TOO_DEEPLY_NESTED -> REJECTED_TOO_DEEPLY_NESTED;
            default -> throw new IllegalArgumentException(key + " is no reason to reject a row");
        };
    }

    /** The kind whose {@link #key()} is {@code key}. */
    public static ProblemKind of(String key) {
        return valueOf(key.toUpperCase(Locale.ROOT));
    }
}
