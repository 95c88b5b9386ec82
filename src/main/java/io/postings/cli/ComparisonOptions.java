package io.postings.cli;

import io.postings.engine.Aggregation;
import io.postings.engine.Comparison;
import io.postings.normalize.Normalizer;
import io.postings.report.CompareReport;
import io.postings.report.Parameters;
import java.io.IOException;
import java.io.InputStream;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** The options of a two-role comparison, shared by {@code compare} and {@code report}, and the comparison itself. */
final class ComparisonOptions {
    @Option(names = "--a", required = true, paramLabel = "ROLE", description = "First role (case-insensitive).")
    String roleA;

    @Option(names = "--b", required = true, paramLabel = "ROLE", description = "Second role (case-insensitive).")
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

    /** Reads the input once and compares the two roles; an unknown role is a usage error. */
    CompareReport compare(InputOptions input, InputStream stdin) throws IOException {
        return run(input, stdin).report();
    }

    /** The comparison and the aggregation it was made from (for more views of the same pass). */
    record Compared(CompareReport report, Aggregation aggregation) {
    }

    Compared run(InputOptions input, InputStream stdin) throws IOException {
        validate();
        Normalizer normalizer = input.normalizer();
        Aggregation agg = input.aggregate(normalizer, stdin);
        RoleNames roles = new RoleNames(normalizer.roles(), agg);
        String a = roles.resolve(roleA);
        String b = roles.resolve(roleB);
        return new Compared(Comparison.compare(agg, a, b, input.parameters(profile.top, profile.minN, profile.topK,
                minPostings), input.inputNames(), input.taxonomyVersions()), agg);
    }
}
