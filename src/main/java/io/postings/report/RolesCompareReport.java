package io.postings.report;

import java.util.List;

/**
 * The result of {@code compare} with more than two roles: schema {@value #SCHEMA}.
 *
 * @param roles    each chosen role's profile, in the order given
 * @param pairs    every pair of the chosen roles, by Jaccard descending (exactly), then names;
 *                 {@code rank} is the pair's rank among these pairs only
 * @param taxonomy the role and skill taxonomies used, by content hash
 */
public record RolesCompareReport(
        String schema,
        Parameters parameters,
        InputSummary input,
        List<RoleProfile> roles,
        List<RolePair> pairs,
        TaxonomyVersions taxonomy) {

    public static final String SCHEMA = "postings.compare-roles/1";

    /** The pair of two roles (in either order), or null when one is not among the chosen roles. */
    public RolePair pair(String a, String b) {
        return pairs.stream().filter(p -> (p.a().equals(a) && p.b().equals(b)) || (p.a().equals(b) && p.b().equals(a)))
                .findFirst().orElse(null);
    }
}
