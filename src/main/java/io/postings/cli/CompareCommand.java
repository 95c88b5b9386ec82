package io.postings.cli;

import io.postings.report.CompareReport;
import io.postings.report.RolesCompareReport;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

@Command(name = "compare", sortOptions = false, mixinStandardHelpOptions = true,
        description = "Compare two roles: salary, volume, skills, seniority, work mode, countries, employers. "
                + "With --role A,B,C: any number of roles side by side, their overlap matrix and the rank of each pair.",
        footer = {"", "Examples:",
                "  postings compare --a \"Backend Developer\" --b \"DevOps Engineer\"",
                "  postings compare --a \"backend developer\" --b \"devops engineer\" dump.csv.gz -f json -o numbers.json",
                "  postings compare --a \"Data Analyst\" --b \"Data Engineer\" --map title=position jobs.csv",
                "  postings compare --role \"Backend Developer,DevOps Engineer,Data Engineer\""})
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
        if (comparison.many()) {
            output.kind(); // a bad --format fails before the input is read
            RolesCompareReport many = comparison.compareRoles(input, System.in);
            output.write(spec.commandLine().getOut(), many);
            return ExitCodes.OK;
        }
        output.kind(); // a bad --format fails before the input is read
        CompareReport report = comparison.compare(input, System.in);
        output.write(spec.commandLine().getOut(), report);
        return ExitCodes.OK;
    }
}
