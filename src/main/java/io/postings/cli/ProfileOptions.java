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

    /** True when every limit is at least 1. */
    boolean valid() {
        return top >= 1 && minN >= 1 && topK >= 1;
    }
}
