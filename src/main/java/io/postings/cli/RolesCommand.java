package io.postings.cli;

import io.postings.engine.aggregate.Aggregation;
import io.postings.engine.analysis.Reports;
import io.postings.report.RolesReport;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

@Command(name = "roles", sortOptions = false, mixinStandardHelpOptions = true,
        description = "List the roles found in the input with their posting counts.",
        footer = {"", "Examples:", "  postings roles", "  postings roles dump.jsonl.gz --format json"})
final class RolesCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    InputOptions input;

    @Mixin
    OutputOptions output;

    @Override
    public Integer call() throws Exception {
        var renderer = output.renderer();
        Aggregation agg = input.aggregate(input.normalizer(), System.in);
        RolesReport report = Reports.roles(agg, input.inputNames());
        output.write(spec.commandLine().getOut(), w -> renderer.render(report, w));
        return ExitCodes.OK;
    }
}
