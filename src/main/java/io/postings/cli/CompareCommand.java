package io.postings.cli;

import io.postings.report.CompareReport;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
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

    @Mixin
    ComparisonOptions comparison;

    @Mixin
    InputOptions input;

    @Mixin
    OutputOptions output;

    @Override
    public Integer call() throws Exception {
        comparison.validate();
        var renderer = output.renderer();
        CompareReport report = comparison.compare(input, System.in);
        output.write(spec.commandLine().getOut(), w -> renderer.render(report, w));
        return ExitCodes.OK;
    }
}
