package io.postings.render;

import io.postings.render.Document.Table;
import io.postings.report.OpeningsPerMonth;
import io.postings.report.PeriodChange;
import io.postings.report.RoleTrend;
import io.postings.report.TrendPoint;
import io.postings.report.TrendReport;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BiFunction;

/**
 * {@code postings trend} for people: the dates covered, openings per month, then postings and
 * the median US base salary per period, roles side by side, each with its change from the
 * period before. Partial periods are marked.
 */
final class TrendDocument {
    private TrendDocument() {
    }

    static Document document(TrendReport report) {
        Document doc = SelectionLines.titled(title(report), report.input());
        doc.items(about(report));
        if (!report.roles().get(0).periods().isEmpty()) {
            doc.heading(2, "Postings per " + report.by());
            Table postings = new Table().left(report.by());
            for (RoleTrend role : report.roles()) {
                postings.right(role.role()).right("change");
            }
            postingRows(report).forEach(r -> postings.row(r.toArray(String[]::new)));
            doc.table(postings);
            doc.heading(2, "Median US base salary per " + report.by());
            Table pay = new Table().left(report.by());
            for (RoleTrend role : report.roles()) {
                pay.right(role.role()).right("n").right("change");
            }
            payRows(report).forEach(r -> pay.row(r.toArray(String[]::new)));
            doc.table(pay);
            partialNote(doc, report);
        }
        InputSection.add(doc, report.input(), parameters(report));
        return doc;
    }

    /**
     * The report's trend section: each role's openings per month, the line chart, and postings
     * and median pay per month side by side.
     */
    static void reportSection(Document doc, TrendReport trend) {
        doc.heading(2, "Trend");
        doc.bullets(about(trend));
        if (trend.roles().get(0).periods().isEmpty()) {
            return;
        }
        doc.markdown("![" + MarkdownWriter.escape("Postings and median US base salary per " + trend.by()) + "]("
                + TrendChart.FILE + ")");
        Table table = new Table().left(trend.by());
        for (RoleTrend role : trend.roles()) {
            table.right(role.role()).right("change").right("median").right("n");
        }
        List<List<String>> postings = postingRows(trend);
        List<List<String>> pay = payRows(trend);
        for (int i = 0; i < postings.size(); i++) {
            List<String> row = new ArrayList<>();
            row.add(postings.get(i).get(0));
            for (int r = 0; r < trend.roles().size(); r++) {
                row.add(postings.get(i).get(1 + 2 * r));
                row.add(postings.get(i).get(2 + 2 * r));
                row.add(pay.get(i).get(1 + 3 * r));
                row.add(pay.get(i).get(2 + 3 * r));
            }
            table.row(row.toArray(String[]::new));
        }
        doc.table(table);
        partialNote(doc, trend);
    }

    // Only what a trend depends on: top N, min n and top K are not used here.
    private static String parameters(TrendReport report) {
        var p = report.parameters();
        return "Parameters: " + Numbers.count(p.hoursPerYear()) + " hours/year, estimated pay "
                + (p.includeEstimated() ? "included" : "excluded") + ", dedupe " + p.dedupe();
    }

    static String title(TrendReport report) {
        return "Trend: " + String.join(" vs ", report.roles().stream().map(RoleTrend::role).toList()) + ", by "
                + report.by();
    }

    /** The dates covered, each role's openings per month, and its postings without a date. */
    static List<String> about(TrendReport report) {
        List<String> lines = new ArrayList<>();
        lines.add(report.span() == null ? "Dates: no posting has a posted date, so there are no periods."
                : "Dates: " + report.span().first() + " to " + report.span().last() + " (both included)");
        for (RoleTrend role : report.roles()) {
            lines.add(role.role() + ": " + openings(role.openingsPerMonth()) + "; " + Numbers.count(role.postings())
                    + " postings, " + Numbers.count(role.undated()) + " without a date");
        }
        return lines;
    }

    /** "about 3,629 openings a month (7,257 postings over 2 whole months, 2026-05 to 2026-06)". */
    public static String openings(OpeningsPerMonth o) {
        if (o == null) {
            return "openings per month: none (the dates cover no whole month)";
        }
        String mean = BigDecimal.valueOf(o.postings()).divide(BigDecimal.valueOf(o.months()), 0, RoundingMode.HALF_UP)
                .toPlainString();
        return "about " + Numbers.count(Long.parseLong(mean)) + " openings a month (" + Numbers.count(o.postings())
                + " postings over " + o.months() + (o.months() == 1 ? " whole month, " : " whole months, ")
                + (o.first().equals(o.last()) ? o.first() : o.first() + " to " + o.last()) + ")";
    }

    static List<List<String>> postingRows(TrendReport report) {
        return rows(report, (role, i) -> List.of(Numbers.count(role.periods().get(i).postings()),
                countChange(role.periods(), i)));
    }

    static List<List<String>> payRows(TrendReport report) {
        return rows(report, (role, i) -> {
            TrendPoint p = role.periods().get(i);
            return List.of(p.salary().median() == null ? Numbers.NONE : Numbers.money(p.salary().median()),
                    Numbers.count(p.salary().n()), moneyChange(p.medianChange()));
        });
    }

    /** One row per period: its label, then each role's cells for that period. */
    private static List<List<String>> rows(TrendReport report, BiFunction<RoleTrend, Integer, List<String>> cells) {
        List<List<String>> rows = new ArrayList<>();
        List<TrendPoint> periods = report.roles().get(0).periods();
        for (int i = 0; i < periods.size(); i++) {
            List<String> row = new ArrayList<>();
            row.add(label(periods.get(i)));
            for (RoleTrend role : report.roles()) {
                row.addAll(cells.apply(role, i));
            }
            rows.add(row);
        }
        return rows;
    }

    private static String label(TrendPoint p) {
        return p.whole() ? p.period() : p.period() + "*";
    }

    /** The note under the tables when a period is partial, set apart from them. */
    private static void partialNote(Document doc, TrendReport report) {
        if (report.roles().get(0).periods().stream().anyMatch(p -> !p.whole())) {
            doc.gap().paragraph("* partial " + report.by() + ": the dates covered include only part of it (from "
                    + report.span().first() + " to " + report.span().last() + ")");
        }
    }

    // Counts change by whole postings; the percentage is rounded from the exact ratio of the two counts.
    private static String countChange(List<TrendPoint> periods, int i) {
        if (i == 0) {
            return Numbers.NONE;
        }
        long previous = periods.get(i - 1).postings();
        long diff = periods.get(i).postings() - previous;
        String count = (diff > 0 ? "+" : "") + Numbers.count(diff);
        if (previous == 0) {
            return count;
        }
        BigDecimal pct = BigDecimal.valueOf(diff).multiply(BigDecimal.valueOf(100))
                .divide(BigDecimal.valueOf(previous), 1, RoundingMode.HALF_UP);
        return count + " (" + (pct.signum() > 0 ? "+" : pct.signum() < 0 ? "-" : "") + pct.abs().toPlainString() + "%)";
    }

    private static String moneyChange(PeriodChange c) {
        if (c == null) {
            return Numbers.NONE;
        }
        return Numbers.signedMoney(c.difference()) + (c.pct() == null ? "" : " (" + Numbers.signedFraction1(c.pct()) + ")");
    }
}
