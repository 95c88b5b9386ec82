package io.postings.cli;

import io.postings.engine.aggregate.Aggregation;
import io.postings.engine.analysis.SkillTable;
import io.postings.normalize.Normalizer;
import io.postings.normalize.RoleRequest;
import io.postings.normalize.RoleTaxonomy;
import io.postings.report.Parameters;
import io.postings.report.SkillsReport;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "skills", sortOptions = false, mixinStandardHelpOptions = true,
        description = "One role's full skill table: every skill with its posting count and share, and the median "
                + "US base salary of its postings with n, premium over the role's baseline and 95%% interval.",
        footer = {"", "Examples:",
                "  postings skills --role \"Backend Developer\"",
                "  postings skills --role \"devops engineer\" --sort pay --min-n 50",
                "  postings skills --role \"Data Engineer\" dump.csv.gz -f json -o skills.json"})
final class SkillsCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--role", required = true, paramLabel = "ROLE", description = "The role: its name, an alias or a title (case-insensitive).")
    String role;

    @Option(names = "--sort", paramLabel = "ORDER", defaultValue = "share",
            description = "share: most asked-for first; pay: highest median first (skills without one follow by share). "
                    + "Default: ${DEFAULT-VALUE}.")
    String sort;

    @Option(names = "--min-n", paramLabel = "N", defaultValue = "" + Parameters.DEFAULT_MIN_N,
            description = "Fewest salaries a skill needs for a median. Default: ${DEFAULT-VALUE}.")
    int minN;

    @Mixin
    InputOptions input;

    @Mixin
    OutputOptions output;

    @Override
    public Integer call() throws Exception {
        if (minN < 1) {
            throw new UsageException("--min-n must be at least 1");
        }
        SkillTable.Sort order = switch (sort.toLowerCase(Locale.ROOT)) {
            case "share" -> SkillTable.Sort.SHARE;
            case "pay" -> SkillTable.Sort.PAY;
            default -> throw new UsageException("--sort must be share or pay, not '" + sort + "'");
        };
        output.kind(); // a bad --format fails before the input is read
        RoleTaxonomy taxonomy = input.roleTaxonomy();
        RoleRequest resolved = new RoleNames(taxonomy, input.err()).resolve("--role", role);
        Normalizer normalizer = input.normalizer(taxonomy);
        Aggregation agg = input.aggregate(normalizer, System.in);
        Parameters params = input.parameters(30, minN, 10, Parameters.DEFAULT_MIN_POSTINGS);
        SkillsReport report = SkillTable.skills(agg, resolved, params, order, input.inputNames(), input.taxonomyVersions());
        output.write(spec.commandLine().getOut(), report);
        return ExitCodes.OK;
    }
}
