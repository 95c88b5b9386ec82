package io.postings.cli;

import io.postings.engine.aggregate.Aggregation;
import io.postings.engine.analysis.Reports;
import io.postings.normalize.Normalizer;
import io.postings.normalize.RoleRequest;
import io.postings.normalize.RoleTaxonomy;
import io.postings.report.CompareReport;
import io.postings.report.Parameters;
import io.postings.report.RolesCompareReport;
import java.io.IOException;
import java.io.InputStream;
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

    void validate() {
        if (!profile.valid() || minPostings < 1) {
            throw new UsageException("--top, --min-n, --top-k and --min-postings must be at least 1");
        }
        typed();
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

    /**
     * Resolves the two roles, then reads the input once and compares them. An unknown role, or
     * the same role twice, is a usage error before any input is read.
     */
    CompareReport compare(InputOptions input, InputStream stdin) throws IOException {
        return compare(input, stdin, input.err());
    }

    /** As {@link #compare(InputOptions, InputStream)}, telling a role found under another name on {@code notes} (null: not told). */
    CompareReport compare(InputOptions input, InputStream stdin, java.io.PrintWriter notes) throws IOException {
        return run(input, stdin, notes).report();
    }

    /** The comparison and the aggregation it was made from (for more views of the same pass). */
    record Compared(CompareReport report, Aggregation aggregation) {
    }

    Compared run(InputOptions input, InputStream stdin, java.io.PrintWriter notes) throws IOException {
        validate();
        List<String> typed = typed();
        String option = roles != null ? "--role" : null;
        RoleTaxonomy taxonomy = input.roleTaxonomy();
        RoleRequest[] pair = new RoleNames(taxonomy, notes).pair(option != null ? option : "--a", typed.get(0),
                option != null ? option : "--b", typed.get(1));
        Normalizer normalizer = input.normalizer(taxonomy);
        Aggregation agg = input.aggregate(normalizer, stdin);
        return new Compared(Reports.compare(agg, pair[0], pair[1], parameters(input), input.inputNames(),
                input.taxonomyVersions()), agg);
    }

    /** Resolves every --role before reading, then reads the input once and puts them side by side. */
    RolesCompareReport compareRoles(InputOptions input, InputStream stdin) throws IOException {
        validate();
        RoleTaxonomy taxonomy = input.roleTaxonomy();
        RoleNames names = new RoleNames(taxonomy, input.err());
        List<String> resolved = new ArrayList<>();
        for (String typed : typed()) {
            String role = names.resolve("--role", typed).role();
            if (resolved.contains(role)) {
                throw new UsageException("--role names " + role + " twice; compare different roles");
            }
            resolved.add(role);
        }
        Normalizer normalizer = input.normalizer(taxonomy);
        Aggregation agg = input.aggregate(normalizer, stdin);
        return Reports.compareRoles(agg, resolved, parameters(input), input.inputNames(), input.taxonomyVersions());
    }

    private Parameters parameters(InputOptions input) {
        return input.parameters(profile.top, profile.minN, profile.topK, minPostings);
    }
}
