package io.postings.cli;

import io.postings.engine.aggregate.Aggregation;
import io.postings.engine.pass.Inspection;
import io.postings.normalize.Normalizer;
import io.postings.report.InspectReport;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "inspect", sortOptions = false, mixinStandardHelpOptions = true,
        description = {"How the input was read and normalized: per file the format, delimiter, encoding and",
                "recognised export format, which column fed which field; then how many postings got a role,",
                "salary, country, skills, work mode and seniority, the salary values that could not be read,",
                "and the titles and skills the taxonomies did not know. Use it to tune --map, --roles and --skills."},
        footer = {"", "Examples:",
                "  postings inspect jobs.csv",
                "  postings inspect greenhouse-board.json lever.json --top 40",
                "  postings inspect dump.jsonl.gz --format json -o inspect.json"})
final class InspectCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--top", paramLabel = "N", defaultValue = "20",
            description = "How many unmatched titles, unmapped skills and unreadable salaries to list. Default: ${DEFAULT-VALUE}.")
    int top;

    @Mixin
    InputOptions input;

    @Mixin
    OutputOptions output;

    @Override
    public Integer call() throws Exception {
        if (top < 1) {
            throw new UsageException("--top must be at least 1");
        }
        output.kind(); // a bad --format fails before the input is read
        Normalizer normalizer = input.normalizer();
        Inspection inspection = new Inspection(normalizer.columns());
        input.observer = inspection;
        Aggregation agg = input.aggregate(normalizer, System.in);
        InspectReport report = inspection.result(agg.stats(), input.inputNames(), top);
        output.write(spec.commandLine().getOut(), report);
        return ExitCodes.OK;
    }
}
