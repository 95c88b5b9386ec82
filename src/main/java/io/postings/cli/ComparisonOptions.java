package io.postings.cli;

import io.postings.engine.Aggregation;
import io.postings.engine.Comparison;
import io.postings.normalize.Normalizer;
import io.postings.normalize.RoleRequest;
import io.postings.normalize.RoleTaxonomy;
import io.postings.report.CompareReport;
import io.postings.report.Parameters;
import java.io.IOException;
import java.io.InputStream;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** The options of a two-role comparison, shared by {@code compare} and {@code report}, and the comparison itself. */
final class ComparisonOptions {
    @Option(names = "--a", required = true, paramLabel = "ROLE", description = "First role: its name, an alias or a title (case-insensitive; 'postings roles --aliases' lists them).")
    String roleA;

    @Option(names = "--b", required = true, paramLabel = "ROLE", description = "Second role, another than the first.")
    String roleB;

    @Mixin
    ProfileOptions profile = new ProfileOptions();

    @Option(names = "--min-postings", paramLabel = "N", defaultValue = "" + Parameters.DEFAULT_MIN_POSTINGS,
            description = "Fewest postings a role needs to count in the overlap ranking of all pairs. Default: ${DEFAULT-VALUE}.")
    int minPostings;

    void validate() {
        if (!profile.valid() || minPostings < 1) {
            throw new UsageException("--top, --min-n, --top-k and --min-postings must be at least 1");
        }
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
        validate();
        RoleTaxonomy taxonomy = input.roleTaxonomy();
        RoleRequest[] roles = new RoleNames(taxonomy, notes).pair("--a", roleA, "--b", roleB);
        Normalizer normalizer = input.normalizer(taxonomy);
        Aggregation agg = input.aggregate(normalizer, stdin);
        return Comparison.compare(agg, roles[0], roles[1], input.parameters(profile.top, profile.minN, profile.topK, minPostings),
                input.inputNames(), input.taxonomyVersions());
    }
}
