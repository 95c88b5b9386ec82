package io.postings.cli;

import io.postings.engine.analysis.Reports;
import io.postings.report.Parameters;
import io.postings.report.ProfilesReport;
import java.io.IOException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

@Command(name = "profiles",
        description = "Every role's profile (what compare shows for one role): postings, median US base salary, "
                + "top skills, skill salaries, seniority, work mode, countries, employers. The JSON is what the "
                + "Beam pipeline (postings-beam) writes as profiles.json.",
        footer = {"", "Examples:", "  postings profiles", "  postings profiles dump.csv.gz -f json -o profiles.json"})
final class ProfilesCommand extends PrintingCommand<ProfilesReport> {
    @Mixin
    ProfileOptions profile;

    @Override
    void validate() {
        if (!profile.limits(Parameters.DEFAULT_MIN_POSTINGS).valid()) {
            throw new UsageException("--top, --min-n and --top-k must be at least 1");
        }
    }

    @Override
    ProfilesReport build(Read read) throws IOException {
        return Reports.profiles(read.aggregation(), read.parameters(profile.limits(Parameters.DEFAULT_MIN_POSTINGS)),
                read.inputs(), read.taxonomy());
    }
}
