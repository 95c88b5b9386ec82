package io.postings.cli;

import io.postings.engine.analysis.Reports;
import io.postings.normalize.RoleRequest;
import io.postings.report.CompareReport;
import io.postings.report.Parameters;
import io.postings.report.RolesCompareReport;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** The options of a comparison, shared by {@code compare} and {@code report}, and the comparison itself. */
final class ComparisonOptions {
    @Option(names = "--a", paramLabel = "ROLE", description = "First role: its name, an alias or a title (case-insensitive; 'postings roles --aliases' lists them).")
    String roleA;

    @Option(names = "--b", paramLabel = "ROLE", description = "Second role, another than the first.")
    String roleB;

    // Not --roles: that option (from InputOptions) names a role taxonomy file, as in every command.
    @Option(names = "--role", split = ",", paramLabel = "ROLE",
            description = "The roles, instead of --a and --b: repeat the option or separate them with commas. "
                    + "Two roles compare as --a and --b; more print all side by side.")
    List<String> roles;

    @Mixin
    ProfileOptions profile = new ProfileOptions();

    @Option(names = "--min-postings", paramLabel = "N", defaultValue = "" + Parameters.DEFAULT_MIN_POSTINGS,
            description = "Fewest postings a role needs to count in the overlap ranking of all pairs. Default: ${DEFAULT-VALUE}.")
    int minPostings;

    /** The roles as resolved before the pass: two for a comparison, more side by side. */
    private RoleRequest[] pair;
    private List<String> resolved;

    void validate() {
        if (!limits().valid()) {
            throw new UsageException("--top, --min-n, --top-k and --min-postings must be at least 1");
        }
        typed();
    }

    Parameters.Limits limits() {
        return profile.limits(minPostings);
    }

    /** The roles as typed: --a and --b, or the --role list (at least two); anything else is a usage error. */
    List<String> typed() {
        if (roles != null) {
            if (roleA != null || roleB != null) {
                throw new UsageException("give the roles either as --a and --b or as --role, not both");
            }
            List<String> named = roles.stream().map(String::strip).filter(r -> !r.isEmpty()).toList();
            if (named.size() < 2) {
                throw new UsageException("--role needs at least two roles (repeat it or separate them with commas)");
            }
            return named;
        }
        if (roleA == null || roleB == null) {
            throw new UsageException("name two roles: --a ROLE --b ROLE, or --role A,B[,C...]");
        }
        return List.of(roleA, roleB);
    }

    /** More than two roles: {@link #compareRoles}, not {@link #compare}. */
    boolean many() {
        return typed().size() > 2;
    }

    /** Resolves the roles before any input is read: an unknown role, or the same role twice, is a usage error. */
    void resolve(RoleNames names) {
        List<String> typed = typed();
        if (many()) {
            resolved = new ArrayList<>();
            for (String role : typed) {
                String name = names.resolve("--role", role).role();
                if (resolved.contains(name)) {
                    throw new UsageException("--role names " + name + " twice; compare different roles");
                }
                resolved.add(name);
            }
            return;
        }
        String option = roles != null ? "--role" : null;
        pair = names.pair(option != null ? option : "--a", typed.get(0), option != null ? option : "--b", typed.get(1));
    }

    /** The two roles compared. */
    CompareReport compare(ReadingCommand.Read read) throws IOException {
        return Reports.compare(read.aggregation(), pair[0], pair[1], read.parameters(limits()), read.inputs(),
                read.taxonomy());
    }

    /** More than two roles side by side. */
    RolesCompareReport compareRoles(ReadingCommand.Read read) throws IOException {
        return Reports.compareRoles(read.aggregation(), resolved, read.parameters(limits()), read.inputs(),
                read.taxonomy());
    }
}
