package io.postings.cli;

import io.postings.engine.pass.Inspection;
import io.postings.engine.pass.Pipeline;
import io.postings.report.InspectReport;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "inspect",
        description = {"How the input was read and normalized: per file the format, delimiter, encoding and",
                "recognised export format, which column fed which field; then how many postings got a role,",
                "salary, country, skills, work mode and seniority, the salary values that could not be read,",
                "and the titles and skills the taxonomies did not know. Use it to tune --map, --roles and --skills."},
        footer = {"", "Examples:",
                "  postings inspect jobs.csv",
                "  postings inspect greenhouse-board.json lever.json --top 40",
                "  postings inspect dump.jsonl.gz --format json -o inspect.json"})
final class InspectCommand extends PrintingCommand<InspectReport> {
    @Option(names = "--top", paramLabel = "N", defaultValue = "20",
            description = "How many unmatched titles, unmapped skills and unreadable salaries to list. Default: ${DEFAULT-VALUE}.")
    int top;

    private final Inspection inspection = new Inspection();

    @Override
    void validate() {
        if (top < 1) {
            throw new UsageException("--top must be at least 1");
        }
    }

    @Override
    Pipeline.Observer observer() {
        return inspection;
    }

    @Override
    InspectReport build(Read read) {
        return inspection.result(read.aggregation().stats(), read.inputs(), top);
    }
}
