package io.postings.render;

import io.postings.render.MarkdownRenderer.Doc;
import io.postings.render.MarkdownRenderer.Table;
import io.postings.render.TableRenderer.Page;
import io.postings.render.TextTable.Align;
import io.postings.report.Change;
import io.postings.report.CheckReport;
import java.util.List;

/**
 * {@code postings check} for people and CI logs: what was checked, then every drifted value
 * with its saved and new value and the difference, values that moved within the tolerance,
 * notes, and a last line that says pass or drift.
 */
public final class CheckRenderer {

    /** Shown for a value that one side does not have. */
    static final String ABSENT = "(absent)";

    private CheckRenderer() {
    }

    public static String table(CheckReport report, Style style) {
        Page page = new Page(style);
        page.line(about(report));
        changes(page, "Changed (" + Numbers.count(report.changes().size()) + ")", report.changes());
        changes(page, "Moved within the tolerance (" + Numbers.count(report.withinTolerance().size()) + ")",
                report.withinTolerance());
        changes(page, "Notes: the taxonomies differ from the ones the report was made with", report.notes());
        page.blank();
        if (report.drifted()) {
            page.line(verdict(report), Style::bad);
        } else {
            page.line(verdict(report), Style::good);
        }
        return page.text();
    }

    public static String markdown(CheckReport report) {
        Doc doc = new Doc();
        doc.heading(1, "Check of " + report.expected());
        doc.paragraph(about(report));
        changes(doc, "Changed (" + Numbers.count(report.changes().size()) + ")", report.changes());
        changes(doc, "Moved within the tolerance (" + Numbers.count(report.withinTolerance().size()) + ")",
                report.withinTolerance());
        changes(doc, "Notes: the taxonomies differ from the ones the report was made with", report.notes());
        doc.paragraph(verdict(report));
        return doc.text();
    }

    private static void changes(Page page, String title, List<Change> changes) {
        if (changes.isEmpty()) {
            return;
        }
        page.section(title);
        TextTable table = new TextTable().column("path", Align.LEFT).column("expected", Align.RIGHT)
                .column("actual", Align.RIGHT).column("difference", Align.RIGHT);
        for (Change c : changes) {
            table.row(c.path(), value(c.expected()), value(c.actual()), c.difference());
        }
        page.table(table);
    }

    private static void changes(Doc doc, String title, List<Change> changes) {
        if (changes.isEmpty()) {
            return;
        }
        doc.heading(2, title);
        Table table = new Table().left("path").right("expected").right("actual").right("difference");
        for (Change c : changes) {
            table.row(c.path(), value(c.expected()), value(c.actual()), c.difference());
        }
        doc.table(table);
    }

    private static String about(CheckReport report) {
        String tolerance = report.tolerance() == 0 ? "exactly"
                : "with tolerance " + Numbers.fraction1(report.tolerance()).replace(".0%", "%")
                        + " (shares in points, money and ratios relative)";
        return "Recomputed " + report.expected() + " (" + report.checkedSchema() + ") from "
                + String.join(", ", report.files()) + "; compared " + Numbers.count(report.values()) + " values "
                + tolerance + ".";
    }

    private static String verdict(CheckReport report) {
        if (report.drifted()) {
            return "DRIFT: " + Numbers.count(report.changes().size())
                    + (report.changes().size() == 1 ? " value" : " values") + " of " + Numbers.count(report.values())
                    + " changed.";
        }
        return "OK: no value drifted (" + Numbers.count(report.values()) + " compared"
                + (report.withinTolerance().isEmpty() ? "" : ", " + Numbers.count(report.withinTolerance().size())
                        + " within the tolerance") + ").";
    }

    private static String value(String text) {
        return text == null ? ABSENT : text;
    }
}
