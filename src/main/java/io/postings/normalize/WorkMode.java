package io.postings.normalize;

/** Work modes of docs/METRICS.md section 1; unknown is {@code null} on a posting. */
public enum WorkMode {
    REMOTE, HYBRID, ONSITE;

    public String key() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
