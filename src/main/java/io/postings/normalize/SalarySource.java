package io.postings.normalize;

/**
 * Where a posting's stated salary came from: figure columns (min/max), a pay text, or either
 * of them marked as the source's own estimate (Glassdoor est., Adzuna's salary_is_predicted),
 * which takes precedence. A posting that states no salary has none.
 */
public enum SalarySource {
    COLUMN, TEXT, ESTIMATED;

    public String key() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
