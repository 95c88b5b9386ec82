package io.postings.normalize;

/** Seniority levels of docs/METRICS.md section 1, most junior first; unknown is {@code null} on a posting. */
public enum Seniority {
    ENTRY, MID, SENIOR, STAFF;

    public String key() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
