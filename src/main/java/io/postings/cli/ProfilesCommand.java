package io.postings.cli;

import io.postings.engine.aggregate.Aggregation;
import io.postings.engine.analysis.Reports;
import io.postings.report.Parameters;
import io.postings.report.ProfilesReport;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

@Command(name = "profiles", sortOptions = false, mixinStandardHelpOptions = true,
        description = "Every role's profile (what compare shows for one role): postings, median US base salary, "
                + "top skills, skill salaries, seniority, work mode, countries, employers. The JSON is what the "
                + "Beam pipeline (postings-beam) writes as profiles.json.",
        footer = {"", "Examples:",
                "  postings profiles",
                "  postings profiles dump.csv.gz -f json -o profiles.json"})
final class ProfilesCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    ProfileOptions profile;

    @Mixin
    InputOptions input;

    @Mixin
    OutputOptions output;

    @Override
    public Integer call() throws Exception {
        if (!profile.valid()) {
            throw new UsageException("--top, --min-n and --top-k must be at least 1");
        }
        output.kind(); // a bad --format fails before the input is read
        Aggregation agg = input.aggregate(input.normalizer(), System.in);
        ProfilesReport report = Reports.profiles(agg,
                input.parameters(profile.top, profile.minN, profile.topK, Parameters.DEFAULT_MIN_POSTINGS), input.inputNames(),
                input.taxonomyVersions());
        output.write(spec.commandLine().getOut(), report);
        return ExitCodes.OK;
    }
}
