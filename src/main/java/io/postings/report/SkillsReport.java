package io.postings.report;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;

/**
 * The result of {@code skills}: schema {@value #SCHEMA}. Every skill of one role.
 *
 * @param requested the role as typed when that was not its canonical name, else null and left out of the JSON
 * @param sort   "share" (count descending, then name) or "pay" (median descending, then n, then name;
 *               skills without a median follow in share order)
 * @param salary the role's baseline: S(R)
 */
public record SkillsReport(
        String schema,
        Parameters parameters,
        InputSummary input,
        String role,
        @JsonInclude(JsonInclude.Include.NON_NULL) String requested,
        long postings,
        SalarySummary salary,
        String sort,
        List<SkillLine> skills,
        TaxonomyVersions taxonomy) {

    public static final String SCHEMA = "postings.skills/1";
}
