package io.postings.report;

/**
 * The result of {@code compare} and {@code report}: schema {@value #SCHEMA}.
 *
 * @param taxonomy the role and skill taxonomies used, by content hash (null when not recorded)
 */
public record CompareReport(
        String schema,
        Parameters parameters,
        InputSummary input,
        RoleProfile a,
        RoleProfile b,
        PairComparison pair,
        TaxonomyVersions taxonomy) {

    public static final String SCHEMA = "postings.compare/1";

    public CompareReport(String schema, Parameters parameters, InputSummary input, RoleProfile a, RoleProfile b,
            PairComparison pair) {
        this(schema, parameters, input, a, b, pair, null);
    }
}
