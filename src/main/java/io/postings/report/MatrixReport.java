package io.postings.report;

import java.util.List;

/**
 * The result of {@code matrix}: schema {@value #SCHEMA}. The top-N Jaccard of every pair of
 * roles with at least {@code parameters.minPostings} postings.
 *
 * @param requested the roles asked for with --roles, null for every role found
 * @param roles    roles in the matrix, by postings descending then name
 * @param excluded roles asked for (or found) with fewer postings than the minimum
 * @param pairs    every pair of {@code roles}, by Jaccard descending (exactly, as fractions), then names;
 *                 pairs without a Jaccard last
 */
public record MatrixReport(
        String schema,
        Parameters parameters,
        InputSummary input,
        List<String> requested,
        List<RoleCount> roles,
        List<RoleCount> excluded,
        List<RolePair> pairs,
        TaxonomyVersions taxonomy) {

    public static final String SCHEMA = "postings.matrix/1";
}
