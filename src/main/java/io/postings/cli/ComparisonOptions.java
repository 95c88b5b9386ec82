package io.postings.cli;

import io.postings.engine.Aggregation;
import io.postings.engine.Comparison;
import io.postings.normalize.Normalizer;
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
    @Option(names = "--a", paramLabel = "ROLE", description = "First role (case-insensitive).")
    String roleA;

    @Option(names = "--b", paramLabel = "ROLE", description = "Second role (case-insensitive).")
    String roleB;

    // Not --roles: that option (from InputOptions) names a role taxonomy file, as in every command.
    @Option(names = "--role", split = ",", paramLabel = "ROLE",
            description = "The roles, instead of --a and --b: repeat the option or separate them with commas "
                    + "(case-insensitive). Two roles compare as --a and --b; more print all side by side.")
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

    /** Reads the input once and compares the two roles; an unknown role is a usage error. */
    CompareReport compare(InputOptions input, InputStream stdin) throws IOException {
        validate();
        Normalizer normalizer = input.normalizer();
        Aggregation agg = input.aggregate(normalizer, stdin);
        List<String> resolved = resolve(new RoleNames(normalizer.roles(), agg));
        return Comparison.compare(agg, resolved.get(0), resolved.get(1), parameters(input), input.inputNames(),
                input.taxonomyVersions());
    }

    /** Reads the input once and puts every named role side by side. */
    RolesCompareReport compareRoles(InputOptions input, InputStream stdin) throws IOException {
        validate();
        Normalizer normalizer = input.normalizer();
        Aggregation agg = input.aggregate(normalizer, stdin);
        return Comparison.compareRoles(agg, resolve(new RoleNames(normalizer.roles(), agg)), parameters(input),
                input.inputNames(), input.taxonomyVersions());
    }

    private Parameters parameters(InputOptions input) {
        return input.parameters(profile.top, profile.minN, profile.topK, minPostings);
    }

    /** Canonical names, each once, in the order typed. */
    private List<String> resolve(RoleNames names) {
        List<String> resolved = new ArrayList<>();
        for (String typed : typed()) {
            String role = names.resolve(typed);
            if (!resolved.contains(role)) {
                resolved.add(role);
            }
        }
        if (resolved.size() < 2) {
            throw new UsageException("the roles name only one role: " + resolved.get(0));
        }
        return resolved;
    }
}
