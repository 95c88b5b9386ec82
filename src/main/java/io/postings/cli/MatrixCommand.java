package io.postings.cli;

import io.postings.engine.analysis.Matrix;
import io.postings.report.MatrixReport;
import io.postings.report.Parameters;
import java.io.IOException;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "matrix",
        description = "The top-N skill overlap (Jaccard) of every pair of roles with at least --min-postings "
                + "postings: a ranked list of pairs, and a square matrix when there are at most 12 roles.",
        footer = {"", "Examples:",
                "  postings matrix",
                "  postings matrix --role \"Backend Developer,DevOps Engineer,Embedded Developer\"",
                "  postings matrix --role \"Data Analyst\" --role \"Data Engineer\" -f markdown",
                "  postings matrix dump.csv.gz --min-postings 500 -f json -o matrix.json"})
final class MatrixCommand extends PrintingCommand<MatrixReport> {
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

    private List<String> requested;

    @Override
    void validate() {
        if (top < 1 || minPostings < 1) {
            throw new UsageException("--top and --min-postings must be at least 1");
        }
    }

    @Override
    void resolve(RoleNames names) {
        requested = roles == null ? null : names.resolveAll("--role", roles);
    }

    @Override
    MatrixReport build(Read read) throws IOException {
        Parameters.Limits limits = new Parameters.Limits(top, Parameters.DEFAULT_MIN_N, Parameters.DEFAULT_TOP_K,
                minPostings);
        return Matrix.matrix(read.aggregation(), requested, read.parameters(limits), read.inputs(), read.taxonomy());
    }
}
