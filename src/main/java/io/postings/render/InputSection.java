package io.postings.render;

import io.postings.render.Document.Table;
import io.postings.report.InputSummary;
import io.postings.report.Share;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.function.ToLongFunction;

/**
 * The input-quality section every output ends with: the files and parameters, rows and
 * postings, salary exclusions, problems, unmapped skills and titles without a role.
 */
final class InputSection {
    private InputSection() {
    }

    /** @param parameters the parameters line, or null (the outputs that have none, such as {@code roles}) */
    static void add(Document doc, InputSummary input, String parameters) {
        doc.heading(2, "Input");
        List<String> about = new ArrayList<>(2);
        about.add("Files: " + String.join(", ", input.files()));
        if (parameters != null) {
            about.add(parameters);
        }
        doc.items(about);
        doc.table(new Table().left("rows and postings").right("count")
                .row("rows read", Numbers.count(input.rowsRead()))
                .row("postings", Numbers.count(input.postings()))
                .row("duplicates", Numbers.count(input.duplicates()))
                .row("rejected rows", Numbers.count(input.rejected()))
                .row("rows filtered out", Numbers.count(input.filteredOut()))
                .row("postings without a role", Numbers.count(input.withoutRole()))
                .row("postings without a date", Numbers.count(input.withoutDate()))
                .row("salaries stated", Numbers.count(input.salaryStated()))
                .row("valid US base salaries", Numbers.count(input.salaryValid())));
        doc.paragraphIfAny(SelectionLines.leftOut(input));
        doc.paragraphIfAny(Phrases.mostWithoutRole(input));

        doc.heading(3, "Salary exclusions");
        counts(doc, input.salaryExcluded(), "reason", "count");

        doc.heading(3, "Problems");
        if (input.problems().isEmpty()) {
            doc.paragraph("none");
        } else {
            // One row per example, the kind and count on the first: file:line and detail each line up.
            doc.table(new Table().left("kind").right("count").left("first examples").left("detail")
                    .rows(Phrases.problemRows(input.problems())));
        }

        doc.heading(3, "Unmapped skills");
        List<Share> unmapped = input.unmappedSkills();
        int shown = Math.min(unmapped.size(), Phrases.MAX_UNMAPPED);
        counts(doc, unmapped.subList(0, shown), "skill", "postings");
        if (shown < unmapped.size()) {
            doc.paragraph(Phrases.moreUnmapped(unmapped.size() - shown));
        }

        doc.heading(3, "Titles without a role");
        counts(doc, input.unmatchedTitles(), "title", "postings");
    }

    /** A two-column table of keys and counts, or "none". */
    static void counts(Document doc, List<Share> shares, String key, String count) {
        counts(doc, shares, key, count, Share::key, Share::count, "none");
    }

    /** A two-column table of each item's name and count, or the {@code none} line when there are no items. */
    static <T> void counts(Document doc, List<T> items, String key, String count, Function<T, String> name,
            ToLongFunction<T> n, String none) {
        if (items.isEmpty()) {
            doc.paragraph(none);
            return;
        }
        Table table = new Table().left(key).right(count);
        for (T item : items) {
            table.row(name.apply(item), Numbers.count(n.applyAsLong(item)));
        }
        doc.table(table);
    }

    /** A three-column table of keys, counts and shares. */
    static Table shares(List<Share> shares, String key) {
        Table table = new Table().left(key).right("postings").right("share");
        for (Share s : shares) {
            table.row(s.key(), Numbers.count(s.count()), Phrases.share(s));
        }
        return table;
    }
}
