package io.postings.cli;

import java.io.IOException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

@Command(name = "compare",
        description = "Compare two roles: salary, volume, skills, seniority, work mode, countries, employers. "
                + "With --role A,B,C: any number of roles side by side, their overlap matrix and the rank of each pair.",
        footer = {"", "Examples:",
                "  postings compare --a \"Backend Developer\" --b \"DevOps Engineer\"",
                "  postings compare --a \"backend developer\" --b \"devops engineer\" dump.csv.gz -f json -o numbers.json",
                "  postings compare --a \"Data Analyst\" --b \"Data Engineer\" --map title=position jobs.csv",
                "  postings compare --role \"Backend Developer,DevOps Engineer,Data Engineer\""})
final class CompareCommand extends PrintingCommand<Object> {
    @Mixin
    ComparisonOptions comparison = new ComparisonOptions();

    @Override
    void validate() {
        comparison.validate();
    }

    @Override
    void resolve(RoleNames names) {
        comparison.resolve(names);
    }

    @Override
    Object build(Read read) throws IOException {
        return comparison.many() ? comparison.compareRoles(read) : comparison.compare(read);
    }
}
