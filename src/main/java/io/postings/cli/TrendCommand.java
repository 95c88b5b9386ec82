package io.postings.cli;

import io.postings.engine.analysis.Trends;
import io.postings.report.Parameters;
import io.postings.report.TrendReport;
import java.io.IOException;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "trend",
        description = "Postings and median US base salary per month or week for one role or more, with the change "
                + "from the period before, and openings per month over the whole months of the dates covered.",
        footer = {"", "Examples:",
                "  postings trend --role \"Backend Developer\"",
                "  postings trend --role \"Backend Developer,DevOps Engineer\" --by week --since 2026-05-01",
                "  postings trend --role \"Data Engineer\" --as-of 2026-06-30 --country US dump.csv.gz -f json"})
final class TrendCommand extends PrintingCommand<TrendReport> {
    // Not --roles: that option (from InputOptions) names a role taxonomy file, as in every command.
    @Option(names = "--role", split = ",", paramLabel = "ROLE", required = true,
            description = "The roles: repeat the option or separate them with commas (case-insensitive).")
    List<String> roles;

    @Option(names = "--by", paramLabel = "PERIOD", defaultValue = "month",
            description = "month (calendar months) or week (ISO weeks, Monday to Sunday). Default: ${DEFAULT-VALUE}.")
    String by;

    private List<String> resolved;

    @Override
    void validate() {
        period();
    }

    private static final Choices<Trends.By> PERIODS = Choices.<Trends.By>of("--by")
            .add(Trends.By.MONTH, "month").add(Trends.By.WEEK, "week");

    private Trends.By period() {
        return PERIODS.parse(by);
    }

    @Override
    void resolve(RoleNames names) {
        resolved = names.resolveAll("--role", roles).stream().distinct().toList();
    }

    @Override
    TrendReport build(Read read) throws IOException {
        return Trends.trend(read.aggregation(), resolved, period(), read.parameters(Parameters.Limits.DEFAULTS),
                read.inputs(), read.taxonomy());
    }
}
