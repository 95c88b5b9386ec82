package io.postings.report;

import java.util.List;

/**
 * The result of {@code skills}: schema {@value #SCHEMA}. Every skill of one role.
 *
 * @param sort   "share" (count descending, then name) or "pay" (median descending, then n, then name;
 *               skills without a median follow in share order)
 * @param salary the role's baseline: S(R)
 */
public record SkillsReport(
        String schema,
        Parameters parameters,
        InputSummary input,
        String role,
        long postings,
        SalarySummary salary,
        String sort,
        List<SkillLine> skills,
        TaxonomyVersions taxonomy) {

    public static final String SCHEMA = "postings.skills/1";
}
