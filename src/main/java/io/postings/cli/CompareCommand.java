package io.postings.cli;

import io.postings.engine.Aggregation;
import io.postings.engine.Comparison;
import io.postings.normalize.Normalizer;
import io.postings.report.CompareReport;
import io.postings.report.Parameters;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "compare", sortOptions = false, mixinStandardHelpOptions = true,
        description = "Compare two roles: salary, volume, skills, seniority, work mode, countries, employers.",
        footer = {"", "Examples:",
                "  postings compare --a \"Backend Developer\" --b \"DevOps Engineer\"",
                "  postings compare --a \"backend developer\" --b \"devops engineer\" dump.csv.gz -f json -o numbers.json",
                "  postings compare --a \"Data Analyst\" --b \"Data Engineer\" --map title=position jobs.csv"})
final class CompareCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--a", required = true, paramLabel = "ROLE", description = "First role (case-insensitive).")
    String roleA;

    @Option(names = "--b", required = true, paramLabel = "ROLE", description = "Second role (case-insensitive).")
    String roleB;

    @Option(names = "--top", paramLabel = "N", defaultValue = "30",
            description = "Size of each role's top-skill set for overlap and lists. Default: ${DEFAULT-VALUE}.")
    int top;

    @Option(names = "--min-n", paramLabel = "N", defaultValue = "25",
            description = "Fewest salaries a skill needs to get a salary line. Default: ${DEFAULT-VALUE}.")
    int minN;

    @Option(names = "--top-k", paramLabel = "K", defaultValue = "10",
            description = "How many countries and employers to list. Default: ${DEFAULT-VALUE}.")
    int topK;

    @Mixin
    InputOptions input;

    @Mixin
    OutputOptions output;

    @Override
    public Integer call() throws Exception {
        if (top < 1 || minN < 1 || topK < 1) {
            throw new UsageException("--top, --min-n and --top-k must be at least 1");
        }
        var renderer = output.renderer();
        Normalizer normalizer = input.normalizer();
        Aggregation agg = input.aggregate(normalizer, System.in);
        RoleNames roles = new RoleNames(normalizer.roles(), agg);
        String a = roles.resolve(roleA);
        String b = roles.resolve(roleB);
        Parameters params = new Parameters(top, minN, topK, input.hoursPerYear, input.includeEstimated,
                input.dedupeMode().name().toLowerCase(java.util.Locale.ROOT));
        CompareReport report = Comparison.compare(agg, a, b, params, input.inputNames());
        output.write(spec.commandLine().getOut(), w -> renderer.render(report, w));
        return ExitCodes.OK;
    }
}
