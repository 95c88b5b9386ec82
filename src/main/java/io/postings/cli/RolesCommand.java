package io.postings.cli;

import io.postings.engine.analysis.Reports;
import io.postings.report.RolesReport;
import java.io.IOException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "roles",
        description = "List the roles found in the input with their posting counts.",
        footer = {"", "Examples:", "  postings roles", "  postings roles dump.jsonl.gz --format json",
                "  postings roles --aliases     # every role and the names it goes by"})
final class RolesCommand extends PrintingCommand<RolesReport> {
    @Option(names = {"--aliases", "-v"},
            description = "Also list every role of the taxonomy (with its postings, none included) and the names and "
                    + "title phrases it goes by: what --a, --b and --role accept beside the name.")
    boolean aliases;

    @Override
    RolesReport build(Read read) throws IOException {
        RolesReport found = Reports.roles(read.aggregation(), read.inputs());
        return aliases ? found.withAliases(Reports.aliases(read.aggregation(), read.roles())) : found;
    }
}
