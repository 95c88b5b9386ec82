package io.postings.cli;

import io.postings.engine.analysis.Reports;
import io.postings.report.Parameters;
import io.postings.report.ProfileReport;
import java.io.IOException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(name = "profile",
        description = "One role as a career page shows it: postings per month, pay (median, range, by seniority), "
                + "top skills, skills that pay more, employers, countries, work mode, related roles and the "
                + "role's other names. -f markdown writes the page.",
        footer = {"", "Examples:",
                "  postings profile --role \"Backend Developer\"",
                "  postings profile --role \"data engineer\" dump.csv.gz -f markdown -o data-engineer.md"})
final class ProfileCommand extends PrintingCommand<ProfileReport> {
    @Option(names = "--role", required = true, paramLabel = "ROLE",
            description = "The role: its name, an alias or a title (case-insensitive; 'postings roles --aliases' lists them).")
    String role;

    @Mixin
    ProfileOptions profile;

    @Option(names = "--min-postings", paramLabel = "N", defaultValue = "" + Parameters.DEFAULT_MIN_POSTINGS,
            description = "Fewest postings another role needs to be listed as related. Default: ${DEFAULT-VALUE}.")
    int minPostings;

    private String resolved;

    @Override
    void validate() {
        if (!profile.limits(minPostings).valid()) {
            throw new UsageException("--top, --min-n, --top-k and --min-postings must be at least 1");
        }
    }

    @Override
    void resolve(RoleNames names) {
        resolved = names.resolve("--role", role).role();
    }

    @Override
    ProfileReport build(Read read) throws IOException {
        return Reports.profile(read.aggregation(), resolved, role, Reports.otherNames(read.roles(), resolved),
                read.parameters(profile.limits(minPostings)), read.inputs(), read.taxonomy());
    }
}
