package io.postings.report;

import java.util.List;

/**
 * The result of {@code profiles}: schema {@value #SCHEMA}; every role's {@link RoleProfile},
 * by postings descending, then name. What the Beam pipeline writes beside its comparison.
 */
public record ProfilesReport(
        String schema,
        Parameters parameters,
        InputSummary input,
        List<RoleProfile> roles,
        TaxonomyVersions taxonomy) {

    public static final String SCHEMA = "postings.profiles/1";
}
