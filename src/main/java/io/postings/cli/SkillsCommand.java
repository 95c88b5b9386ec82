package io.postings.cli;

import io.postings.engine.analysis.SkillTable;
import io.postings.normalize.RoleRequest;
import io.postings.report.Parameters;
import io.postings.report.SkillsReport;
import java.io.IOException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "skills",
        description = "One role's full skill table: every skill with its posting count and share, and the median "
                + "US base salary of its postings with n, premium over the role's baseline and 95%% interval.",
        footer = {"", "Examples:",
                "  postings skills --role \"Backend Developer\"",
                "  postings skills --role \"devops engineer\" --sort pay --min-n 50",
                "  postings skills --role \"Data Engineer\" dump.csv.gz -f json -o skills.json"})
final class SkillsCommand extends PrintingCommand<SkillsReport> {
    @Option(names = "--role", required = true, paramLabel = "ROLE", description = "The role: its name, an alias or a title (case-insensitive).")
    String role;

    @Option(names = "--sort", paramLabel = "ORDER", defaultValue = "share",
            description = "share: most asked-for first; pay: highest median first (skills without one follow by share). "
                    + "Default: ${DEFAULT-VALUE}.")
    String sort;

    @Option(names = "--min-n", paramLabel = "N", defaultValue = "" + Parameters.DEFAULT_MIN_N,
            description = "Fewest salaries a skill needs for a median. Default: ${DEFAULT-VALUE}.")
    int minN;

    private RoleRequest resolved;

    @Override
    void validate() {
        if (minN < 1) {
            throw new UsageException("--min-n must be at least 1");
        }
        order();
    }

    private static final Choices<SkillTable.Sort> SORTS = Choices.<SkillTable.Sort>of("--sort")
            .add(SkillTable.Sort.SHARE, "share").add(SkillTable.Sort.PAY, "pay");

    SkillTable.Sort order() {
        return SORTS.parse(sort);
    }

    @Override
    void resolve(RoleNames names) {
        resolved = names.resolve("--role", role);
    }

    @Override
    SkillsReport build(Read read) throws IOException {
        Parameters.Limits limits = new Parameters.Limits(Parameters.DEFAULT_TOP, minN, Parameters.DEFAULT_TOP_K,
                Parameters.DEFAULT_MIN_POSTINGS);
        return SkillTable.skills(read.aggregation(), resolved, read.parameters(limits), order(), read.inputs(),
                read.taxonomy());
    }
}
