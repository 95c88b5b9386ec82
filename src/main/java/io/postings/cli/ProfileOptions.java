package io.postings.cli;

import io.postings.report.Parameters;
import picocli.CommandLine.Option;

/** What a role's profile shows, shared by {@code compare}, {@code report} (through {@link ComparisonOptions}) and {@code profiles}. */
final class ProfileOptions {
    @Option(names = "--top", paramLabel = "N", defaultValue = "" + Parameters.DEFAULT_TOP,
            description = "Size of each role's top-skill set for overlap and lists. Default: ${DEFAULT-VALUE}.")
    int top;

    @Option(names = "--min-n", paramLabel = "N", defaultValue = "" + Parameters.DEFAULT_MIN_N,
            description = "Fewest salaries a skill needs to get a salary line. Default: ${DEFAULT-VALUE}.")
    int minN;

    @Option(names = "--top-k", paramLabel = "K", defaultValue = "" + Parameters.DEFAULT_TOP_K,
            description = "How many countries and employers to list. Default: ${DEFAULT-VALUE}.")
    int topK;

    /** These limits with {@code minPostings}. */
    Parameters.Limits limits(int minPostings) {
        return new Parameters.Limits(top, minN, topK, minPostings);
    }

    /** Sets the options back from recorded limits ({@code check}). */
    void restore(Parameters.Limits limits) {
        top = limits.top();
        minN = limits.minN();
        topK = limits.topK();
    }
}
