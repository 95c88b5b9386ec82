package io.postings.render;

import io.postings.render.Document.Table;
import io.postings.report.Change;
import io.postings.report.CheckReport;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code postings check} for people and CI logs: what was checked, then every drifted value
 * with its saved and new value and the difference, values that moved within the tolerance,
 * notes, and a last line that says pass or drift.
 */
final class CheckDocument {

    /** Shown for a value that one side does not have. */
    static final String ABSENT = "(absent)";
    private static final String NOTES = "Notes: made with other taxonomies, another version of the tool or other input bytes";
    private static final String NEW_INPUTS = "The inputs are not the bytes the report was made from (size or SHA-256 "
            + "differ): this is a new dump, not the same data drifting.";

    private CheckDocument() {
    }

    static Document document(CheckReport report) {
        Document doc = new Document();
        doc.heading(1, "Check of " + report.expected(), null);
        doc.paragraph(about(report));
        changes(doc, "Changed (" + Numbers.count(report.changes().size()) + ")", report.changes());
        changes(doc, "Moved within the tolerance (" + Numbers.count(report.withinTolerance().size()) + ")",
                report.withinTolerance());
        changes(doc, NOTES, report.notes());
        if (report.newInputs()) {
            doc.gap().paragraph(NEW_INPUTS);
        }
        return doc.gap().paragraph(verdict(report), report.drifted() ? Document.Tone.BAD : Document.Tone.GOOD);
    }

    private static void changes(Document doc, String title, List<Change> changes) {
        if (changes.isEmpty()) {
            return;
        }
        doc.heading(2, title);
        Table table = new Table().left("path").right("expected").right("actual").right("difference");
        for (Change c : changes) {
            table.row(c.path(), value(c.expected()), value(c.actual()), difference(c));
        }
        doc.table(table);
    }

    private static String about(CheckReport report) {
        List<String> tolerances = new ArrayList<>();
        if (report.tolerance() != 0) {
            tolerances.add(Numbers.fraction1(report.tolerance()).replace(".0%", "%")
                    + " (shares in points, money and ratios relative)");
        }
        if (report.moneyTolerance() != null) {
            tolerances.add("$" + plain(report.moneyTolerance()) + " for money");
        }
        if (report.countTolerance() != null) {
            tolerances.add(plain(report.countTolerance()) + " for counts");
        }
        if (report.shareTolerancePoints() != null) {
            tolerances.add(plain(report.shareTolerancePoints()) + " points for shares");
        }
        String tolerance = tolerances.isEmpty() ? "exactly" : "with tolerance " + String.join(", ", tolerances);
        String only = report.only() == null ? "" : " (only " + String.join(", ", report.only()) + ")";
        return "Recomputed " + report.expected() + " (" + report.checkedSchema() + ") from "
                + String.join(", ", report.files()) + "; compared " + Numbers.count(report.values()) + " values"
                + only + " " + tolerance + ".";
    }

    private static String plain(double v) {
        return BigDecimal.valueOf(v).stripTrailingZeros().toPlainString();
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

    private static String value(Object value) {
        if (value == null) {
            return ABSENT;
        }
        return value instanceof BigDecimal d ? d.toPlainString() : value.toString();
    }

    private static String difference(Change c) {
        BigDecimal d = c.difference();
        return d == null ? null : (d.signum() > 0 ? "+" : "") + d.stripTrailingZeros().toPlainString();
    }
}
