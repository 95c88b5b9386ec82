package io.postings.report;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * The result of {@code compare} and {@code report}: schema {@value #SCHEMA}.
 *
 * @param taxonomy the role and skill taxonomies used, by content hash (null when not recorded)
 * @param tool     the tool and version that made it (left out of the JSON when not recorded)
 */
public record CompareReport(
        String schema,
        Parameters parameters,
        InputSummary input,
        RoleProfile a,
        RoleProfile b,
        PairComparison pair,
        TaxonomyVersions taxonomy,
        @JsonInclude(JsonInclude.Include.NON_NULL) Tool tool) {

    public static final String SCHEMA = "postings.compare/1";

    public CompareReport(String schema, Parameters parameters, InputSummary input, RoleProfile a, RoleProfile b,
            PairComparison pair) {
        this(schema, parameters, input, a, b, pair, null, null);
    }

    public CompareReport(String schema, Parameters parameters, InputSummary input, RoleProfile a, RoleProfile b,
            PairComparison pair, TaxonomyVersions taxonomy) {
        this(schema, parameters, input, a, b, pair, taxonomy, null);
    }
}
