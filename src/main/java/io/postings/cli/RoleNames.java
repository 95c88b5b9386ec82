package io.postings.cli;

import io.postings.normalize.RoleRequest;
import io.postings.normalize.RoleResolver;
import io.postings.normalize.RoleTaxonomy;
import io.postings.normalize.UnknownRoleException;
import io.postings.render.TextTable;
import java.io.PrintWriter;

/**
 * The command line's side of {@link RoleResolver}: a role option resolved before any input is
 * read, an unknown one a usage error, and a role found under another name told on standard
 * error ({@code --a: Backend Developer (from "Sr. Backend Developer"; seniority is a column, not a role)}).
 */
final class RoleNames {
    private final RoleResolver resolver;
    private final PrintWriter err;

    RoleNames(RoleTaxonomy taxonomy, PrintWriter err) {
        this.resolver = new RoleResolver(taxonomy);
        this.err = err;
    }

    RoleRequest resolve(String option, String typed) {
        RoleRequest request;
        try {
            request = resolver.resolve(typed);
        } catch (UnknownRoleException e) {
            throw new UsageException(e.getMessage());
        }
        if (err != null && request.note() != null) {
            err.println("postings: " + option + " is " + TextTable.clean(request.note()));
            err.flush();
        }
        return request;
    }

    /** Each role of a --role list, in order; blanks skipped; none at all is a usage error. */
    java.util.List<String> resolveAll(String option, java.util.List<String> typed) {
        java.util.List<String> out = new java.util.ArrayList<>();
        for (String role : typed) {
            if (!role.isBlank()) {
                out.add(resolve(option, role.strip()).role());
            }
        }
        if (out.isEmpty()) {
            throw new UsageException(option + " names no role");
        }
        return out;
    }

    /** Two roles that must differ: the same role after resolution is a usage error. */
    RoleRequest[] pair(String optionA, String typedA, String optionB, String typedB) {
        RoleRequest a = resolve(optionA, typedA);
        RoleRequest b = resolve(optionB, typedB);
        if (a.role().equals(b.role())) {
            throw new UsageException(optionA + " and " + optionB + " name the same role, " + a.role()
                    + (typedA.equals(typedB) ? "" : " (\"" + typedA + "\" and \"" + typedB + "\")")
                    + "; compare two different roles");
        }
        return new RoleRequest[] {a, b};
    }
}
