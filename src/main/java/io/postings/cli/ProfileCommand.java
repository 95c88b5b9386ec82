package io.postings.cli;

import io.postings.engine.aggregate.Aggregation;
import io.postings.engine.analysis.Reports;
import io.postings.normalize.Normalizer;
import io.postings.normalize.RoleTaxonomy;
import io.postings.report.Parameters;
import io.postings.report.ProfileReport;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "profile", sortOptions = false, mixinStandardHelpOptions = true,
        description = "One role as a career page shows it: postings per month, pay (median, range, by seniority), "
                + "top skills, skills that pay more, employers, countries, work mode, related roles and the "
                + "role's other names. -f markdown writes the page.",
        footer = {"", "Examples:",
                "  postings profile --role \"Backend Developer\"",
                "  postings profile --role \"data engineer\" dump.csv.gz -f markdown -o data-engineer.md"})
final class ProfileCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--role", required = true, paramLabel = "ROLE",
            description = "The role: its name, an alias or a title (case-insensitive; 'postings roles --aliases' lists them).")
    String role;

    @Mixin
    ProfileOptions profile;

    @Option(names = "--min-postings", paramLabel = "N", defaultValue = "" + Parameters.DEFAULT_MIN_POSTINGS,
            description = "Fewest postings another role needs to be listed as related. Default: ${DEFAULT-VALUE}.")
    int minPostings;

    @Mixin
    InputOptions input;

    @Mixin
    OutputOptions output;

    @Override
    public Integer call() throws Exception {
        if (!profile.valid() || minPostings < 1) {
            throw new UsageException("--top, --min-n, --top-k and --min-postings must be at least 1");
        }
        output.kind(); // a bad --format fails before the input is read
        RoleTaxonomy taxonomy = input.roleTaxonomy();
        String resolved = new RoleNames(taxonomy, input.err()).resolve("--role", role).role();
        Normalizer normalizer = input.normalizer(taxonomy);
        Aggregation agg = input.aggregate(normalizer, System.in);
        ProfileReport report = Reports.profile(agg, resolved, role, Reports.otherNames(taxonomy, resolved),
                input.parameters(profile.top, profile.minN, profile.topK, minPostings), input.inputNames(),
                input.taxonomyVersions());
        output.write(spec.commandLine().getOut(), report);
        return ExitCodes.OK;
    }
}
