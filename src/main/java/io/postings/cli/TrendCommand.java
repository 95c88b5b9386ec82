package io.postings.cli;

import io.postings.engine.aggregate.Aggregation;
import io.postings.engine.analysis.Trends;
import io.postings.normalize.Normalizer;
import io.postings.normalize.RoleTaxonomy;
import io.postings.report.Parameters;
import io.postings.report.TrendReport;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "trend", sortOptions = false, mixinStandardHelpOptions = true,
        description = "Postings and median US base salary per month or week for one role or more, with the change "
                + "from the period before, and openings per month over the whole months of the dates covered.",
        footer = {"", "Examples:",
                "  postings trend --role \"Backend Developer\"",
                "  postings trend --role \"Backend Developer,DevOps Engineer\" --by week --since 2026-05-01",
                "  postings trend --role \"Data Engineer\" --as-of 2026-06-30 --country US dump.csv.gz -f json"})
final class TrendCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    // Not --roles: that option (from InputOptions) names a role taxonomy file, as in every command.
    @Option(names = "--role", split = ",", paramLabel = "ROLE", required = true,
            description = "The roles: repeat the option or separate them with commas (case-insensitive).")
    List<String> roles;

    @Option(names = "--by", paramLabel = "PERIOD", defaultValue = "month",
            description = "month (calendar months) or week (ISO weeks, Monday to Sunday). Default: ${DEFAULT-VALUE}.")
    String by;

    @Mixin
    InputOptions input;

    @Mixin
    OutputOptions output;

    @Override
    public Integer call() throws Exception {
        Trends.By period = period();
        output.kind(); // a bad --format fails before the input is read
        RoleTaxonomy taxonomy = input.roleTaxonomy();
        // Resolved before the pass, as every role option: a typo never costs a read of the input.
        List<String> resolved = new RoleNames(taxonomy, input.err()).resolveAll("--role", roles).stream().distinct()
                .toList();
        Normalizer normalizer = input.normalizer(taxonomy);
        Aggregation agg = input.aggregate(normalizer, System.in);
        TrendReport report = Trends.trend(agg, resolved, period,
                input.parameters(30, 25, 10, Parameters.DEFAULT_MIN_POSTINGS), input.inputNames(),
                input.taxonomyVersions());
        output.write(spec.commandLine().getOut(), report);
        return ExitCodes.OK;
    }

    private Trends.By period() {
        return switch (by.toLowerCase(Locale.ROOT)) {
            case "month" -> Trends.By.MONTH;
            case "week" -> Trends.By.WEEK;
            default -> throw new UsageException("--by must be month or week, not '" + by + "'");
        };
    }
}
