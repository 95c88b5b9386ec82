package io.postings.report;

/** The result of {@code compare}: schema {@value #SCHEMA}. */
public record CompareReport(
        String schema,
        Parameters parameters,
        InputSummary input,
        RoleProfile a,
        RoleProfile b,
        PairComparison pair) {

    public static final String SCHEMA = "postings.compare/1";
}
