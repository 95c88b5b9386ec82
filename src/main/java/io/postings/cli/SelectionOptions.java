package io.postings.cli;

import io.postings.engine.aggregate.PostingFilter;
import io.postings.engine.aggregate.SelectionParser;
import io.postings.report.Selection;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Option;

/** The posted-date window and the filters every reading command takes: which postings it analyses. */
final class SelectionOptions {
    @Option(order = HelpOptions.INPUT, names = "--since", paramLabel = "DATE",
            description = "Only postings posted on or after DATE (YYYY-MM-DD; inclusive).")
    String since;

    @Option(order = HelpOptions.INPUT, names = "--until", paramLabel = "DATE",
            description = "Only postings posted on or before DATE (inclusive).")
    String until;

    @Option(order = HelpOptions.INPUT, names = "--as-of", paramLabel = "DATE",
            description = "Only postings of the --days days ending on DATE, both ends inclusive (instead of --since/--until).")
    String asOf;

    @Option(order = HelpOptions.INPUT, names = "--days", paramLabel = "N",
            description = "Length of the --as-of window in days. Default: " + SelectionParser.DEFAULT_DAYS + ".")
    Integer days;

    @Option(order = HelpOptions.INPUT, names = "--country", paramLabel = "CC", split = ",",
            description = "Only postings in these countries (ISO codes or names), comma-separated.")
    List<String> countries = new ArrayList<>();

    @Option(order = HelpOptions.INPUT, names = "--seniority", paramLabel = "LEVEL", split = ",",
            description = "Only postings at these levels: entry, mid, senior, staff; comma-separated.")
    List<String> seniority = new ArrayList<>();

    @Option(order = HelpOptions.INPUT, names = "--work-mode", paramLabel = "MODE", split = ",",
            description = "Only postings with this work mode: remote, hybrid or onsite; comma-separated.")
    List<String> workModes = new ArrayList<>();

    @Option(order = HelpOptions.INPUT, names = "--company", paramLabel = "NAME",
            description = "Only postings of this company (case and spacing aside). Repeatable.")
    List<String> companies = new ArrayList<>();

    /** The filter of the options given; a value that is not valid is a usage error naming the valid ones. */
    PostingFilter filter() {
        return new PostingFilter(selection());
    }

    Selection selection() {
        try {
            return SelectionParser.parse(new SelectionParser.Typed(since, until, asOf, days, countries, seniority,
                    workModes, companies));
        } catch (IllegalArgumentException e) {
            throw new UsageException(e.getMessage());
        }
    }
}
