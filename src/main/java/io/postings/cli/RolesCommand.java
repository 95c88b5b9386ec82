package io.postings.cli;

import io.postings.engine.aggregate.Aggregation;
import io.postings.engine.analysis.Reports;
import io.postings.normalize.RoleTaxonomy;
import io.postings.report.RolesReport;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "roles", sortOptions = false, mixinStandardHelpOptions = true,
        description = "List the roles found in the input with their posting counts.",
        footer = {"", "Examples:", "  postings roles", "  postings roles dump.jsonl.gz --format json",
                "  postings roles --aliases     # every role and the names it goes by"})
final class RolesCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = {"--aliases", "-v"},
            description = "Also list every role of the taxonomy (with its postings, none included) and the names and "
                    + "title phrases it goes by: what --a, --b and --role accept beside the name.")
    boolean aliases;

    @Mixin
    InputOptions input;

    @Mixin
    OutputOptions output;

    @Override
    public Integer call() throws Exception {
        output.kind(); // a bad --format fails before the input is read
        RoleTaxonomy taxonomy = input.roleTaxonomy();
        Aggregation agg = input.aggregate(input.normalizer(taxonomy), System.in);
        RolesReport found = Reports.roles(agg, input.inputNames());
        RolesReport report = aliases ? found.withAliases(Reports.aliases(agg, taxonomy)) : found;
        output.write(spec.commandLine().getOut(), report);
        return ExitCodes.OK;
    }
}
