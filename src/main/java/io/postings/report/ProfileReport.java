package io.postings.report;

import java.util.List;

/**
 * The result of {@code profile}: one role as a career page shows it. Schema {@value #SCHEMA}.
 *
 * @param requested  the role as typed
 * @param alsoCalled the role's aliases in the taxonomy
 * @param role       the role's numbers, exactly as {@code compare} shows them
 * @param openings   postings per month and their mean
 * @param premiums   skill salaries above the role's baseline (premium &gt; 0), in skill-salary order
 * @param related    other roles with at least {@code parameters.minPostings} postings and some shared
 *                   top skill, by Jaccard descending (exactly), then name; at most top K
 */
public record ProfileReport(
        String schema,
        Parameters parameters,
        InputSummary input,
        String requested,
        List<String> alsoCalled,
        RoleProfile role,
        Openings openings,
        List<SkillSalary> premiums,
        List<RelatedRole> related,
        TaxonomyVersions taxonomy) {

    public static final String SCHEMA = "postings.profile/1";
}
