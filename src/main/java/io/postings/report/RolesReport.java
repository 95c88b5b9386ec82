package io.postings.report;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;

/**
 * The result of {@code roles}: schema {@value #SCHEMA}; roles by postings descending, then name.
 *
 * @param aliases with --aliases, every role of the taxonomy in its order with the names it goes by;
 *                else null and left out of the JSON
 */
public record RolesReport(String schema, InputSummary input, List<RoleCount> roles,
        @JsonInclude(JsonInclude.Include.NON_NULL) List<RoleAliases> aliases) {

    public static final String SCHEMA = "postings.roles/1";

    public RolesReport(String schema, InputSummary input, List<RoleCount> roles) {
        this(schema, input, roles, null);
    }

    /** This report with the taxonomy's roles and their aliases. */
    public RolesReport withAliases(List<RoleAliases> list) {
        return new RolesReport(schema, input, roles, List.copyOf(list));
    }
}
