package io.postings.report;

import java.util.List;

/** The result of {@code roles}: schema {@value #SCHEMA}; roles by postings descending, then name. */
public record RolesReport(String schema, InputSummary input, List<RoleCount> roles) {

    public static final String SCHEMA = "postings.roles/1";
}
