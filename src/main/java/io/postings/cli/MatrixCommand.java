package io.postings.cli;

import io.postings.engine.aggregate.Aggregation;
import io.postings.engine.analysis.Matrix;
import io.postings.normalize.Normalizer;
import io.postings.normalize.RoleTaxonomy;
import io.postings.report.MatrixReport;
import io.postings.report.Parameters;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "matrix", sortOptions = false, mixinStandardHelpOptions = true,
        description = "The top-N skill overlap (Jaccard) of every pair of roles with at least --min-postings "
                + "postings: a ranked list of pairs, and a square matrix when there are at most 12 roles.",
        footer = {"", "Examples:",
                "  postings matrix",
                "  postings matrix --role \"Backend Developer,DevOps Engineer,Embedded Developer\"",
                "  postings matrix --role \"Data Analyst\" --role \"Data Engineer\" -f markdown",
                "  postings matrix dump.csv.gz --min-postings 500 -f json -o matrix.json"})
final class MatrixCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    // Not --roles: that option (from InputOptions) names a role taxonomy file, as in every command.
    @Option(names = "--role", split = ",", paramLabel = "ROLE",
            description = "Only these roles: repeat the option or separate them with commas (case-insensitive). "
                    + "Default: every role found.")
    List<String> roles;

    @Option(names = "--min-postings", paramLabel = "N", defaultValue = "" + Parameters.DEFAULT_MIN_POSTINGS,
            description = "Fewest postings a role needs to be in the matrix; the others are listed. Default: ${DEFAULT-VALUE}.")
    int minPostings;

    @Option(names = "--top", paramLabel = "N", defaultValue = "" + Parameters.DEFAULT_TOP,
            description = "Size of each role's top-skill set. Default: ${DEFAULT-VALUE}.")
    int top;

    @Mixin
    InputOptions input;

    @Mixin
    OutputOptions output;

    @Override
    public Integer call() throws Exception {
        if (top < 1 || minPostings < 1) {
            throw new UsageException("--top and --min-postings must be at least 1");
        }
        output.kind(); // a bad --format fails before the input is read
        RoleTaxonomy taxonomy = input.roleTaxonomy();
        List<String> requested = roles == null ? null : new RoleNames(taxonomy, input.err()).resolveAll("--role", roles);
        Normalizer normalizer = input.normalizer(taxonomy);
        Aggregation agg = input.aggregate(normalizer, System.in);
        MatrixReport report = Matrix.matrix(agg, requested, input.parameters(top, 25, 10, minPostings),
                input.inputNames(), input.taxonomyVersions());
        output.write(spec.commandLine().getOut(), report);
        return ExitCodes.OK;
    }
}
