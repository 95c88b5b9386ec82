package io.postings.render;

import io.postings.render.Document.Table;
import io.postings.report.FieldFeed;
import io.postings.report.InspectReport;
import io.postings.report.InspectedFile;
import io.postings.report.Share;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code postings inspect} for people: per input how it was read and which column fed which
 * field, then how much of each field came out, where salaries came from, which salary values
 * could not be read, and the titles and skills the taxonomies missed.
 */
final class InspectDocument {
    private InspectDocument() {
    }

    static Document document(InspectReport report) {
        Document doc = SelectionLines.titled("Inspect: " + Numbers.count(report.input().postings()) + " postings in "
                + Numbers.count(report.files().size()) + (report.files().size() == 1 ? " file" : " files"), report.input());
        for (InspectedFile file : report.files()) {
            doc.heading(2, "File " + file.name());
            doc.paragraph(detected(file));
            doc.paragraph("Export format: " + exportFormat(file));
            doc.table(new Table().left("field").left("from column").right("postings").right("share")
                    .rows(fieldRows(file)));
            doc.paragraph("Unused columns: " + unused(file));
            file.hints().forEach(h -> doc.paragraph("Hint: " + h));
        }
        doc.heading(2, "Fields found (of " + Numbers.count(report.input().postings()) + " postings)");
        doc.table(InputSection.shares(report.coverage(), "field"));
        doc.heading(2, "Salary sources");
        doc.table(InputSection.shares(report.salarySources(), "source"));
        doc.heading(2, "Salary values that could not be read");
        InputSection.counts(doc, report.salaryFailures(), "value", "postings");
        InputSection.add(doc, report.input(), null);
        return doc;
    }

    /** "CSV, delimiter ';', UTF-8 with BOM, gzip" or "JSON, records in "jobs", UTF-8". */
    static String detected(InspectedFile file) {
        List<String> parts = new ArrayList<>();
        parts.add(file.format() == null ? "unread" : file.format().toUpperCase(java.util.Locale.ROOT));
        if (file.delimiter() != null) {
            parts.add("delimiter " + (file.delimiter().equals("\t") ? "tab" : "'" + file.delimiter() + "'"));
        }
        if (file.quote() != null && !file.quote().equals("\"")) {
            parts.add(file.quote().equals("none") ? "no quoting (quotes are text)" : "quote '" + file.quote() + "'");
        }
        if (file.recordsAt() != null) {
            parts.add("records in \"" + file.recordsAt() + "\"");
        }
        parts.add(file.encoding() + (file.bom() ? " with BOM" : ""));
        if (file.gzip()) {
            parts.add("gzip");
        }
        return "Read as " + String.join(", ", parts) + "; " + Numbers.count(file.postings())
                + (file.postings() == 1 ? " posting" : " postings");
    }

    static String exportFormat(InspectedFile file) {
        return file.exportFormat() == null ? "none recognised (generic column names)"
                : file.exportFormat() + " (" + file.exportFormatLabel() + ")";
    }

    private static String unused(InspectedFile file) {
        return file.unusedColumns().isEmpty() ? "none" : String.join(", ", file.unusedColumns());
    }

    /** One row per column that fed a field; a field nothing fed gets one row with "–". */
    private static List<String[]> fieldRows(InspectedFile file) {
        List<String[]> rows = new ArrayList<>();
        for (FieldFeed feed : file.fields()) {
            if (feed.columns().isEmpty()) {
                rows.add(new String[] {feed.field(), Numbers.NONE, "0", Numbers.percent(0, file.postings())});
                continue;
            }
            boolean first = true;
            for (Share column : feed.columns()) {
                rows.add(new String[] {first ? feed.field() : "", column.key(), Numbers.count(column.count()),
                        Numbers.percent(column.count(), column.of())});
                first = false;
            }
        }
        return rows;
    }
}
