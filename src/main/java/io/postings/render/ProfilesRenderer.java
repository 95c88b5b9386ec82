package io.postings.render;

import io.postings.render.MarkdownRenderer.Doc;
import io.postings.render.MarkdownRenderer.Table;
import io.postings.render.TableRenderer.Page;
import io.postings.render.TextTable.Align;
import io.postings.report.ProfilesReport;
import io.postings.report.RoleProfile;

/** {@code postings profiles} for people: a line per role with its volume, pay and leading skill. */
public final class ProfilesRenderer {
    private static final java.util.List<String> LEVELS = java.util.List.of("entry", "mid", "senior", "staff");

    private ProfilesRenderer() {
    }

    public static String table(ProfilesReport report, Style style) {
        Page page = new Page(style);
        page.line(title(report));
        SelectionLines.header(page, report.input());
        TextTable table = new TextTable().column("role", Align.LEFT).column("postings", Align.RIGHT)
                .column("median US base", Align.RIGHT).column("n", Align.RIGHT).column("p25–p75", Align.RIGHT)
                .column("top skill", Align.LEFT).column("entry", Align.RIGHT).column("remote", Align.RIGHT);
        for (RoleProfile role : report.roles()) {
            table.row(cells(role, "–"));
        }
        page.table(table);
        page.section("Pay by seniority (median US base salary)");
        TextTable levels = new TextTable().column("role", Align.LEFT);
        LEVELS.forEach(l -> levels.column(l, Align.RIGHT));
        report.roles().forEach(role -> levels.row(levelCells(role)));
        page.table(levels);
        if (PayPhrases.anySmallSample(report.roles())) {
            page.line(PayPhrases.SMALL_SAMPLE_NOTE);
        }
        TableRenderer.input(page, report.input(), parameters(report));
        return page.text();
    }

    public static String markdown(ProfilesReport report) {
        Doc doc = new Doc();
        doc.heading(1, title(report));
        SelectionLines.header(doc, report.input());
        Table table = new Table().left("role").right("postings").right("median US base").right("n").right("p25–p75")
                .left("top skill").right("entry").right("remote");
        for (RoleProfile role : report.roles()) {
            table.row(cells(role, MarkdownRenderer.RANGE));
        }
        doc.table(table);
        doc.heading(2, "Pay by seniority (median US base salary)");
        Table levels = new Table().left("role");
        LEVELS.forEach(levels::right);
        report.roles().forEach(role -> levels.row(levelCells(role)));
        doc.table(levels);
        if (PayPhrases.anySmallSample(report.roles())) {
            doc.paragraph(PayPhrases.SMALL_SAMPLE_NOTE);
        }
        MarkdownRenderer.input(doc, report.input(), parameters(report));
        return doc.text();
    }

    private static String[] levelCells(RoleProfile role) {
        String[] cells = new String[LEVELS.size() + 1];
        cells[0] = role.role();
        for (int i = 0; i < LEVELS.size(); i++) {
            cells[i + 1] = i < role.salaryBySeniority().size() ? PayPhrases.levelCell(role.salaryBySeniority().get(i))
                    : Numbers.NONE;
        }
        return cells;
    }

    private static String[] cells(RoleProfile role, String range) {
        Double median = role.salary().median();
        return new String[] {
            role.role(),
            Numbers.count(role.postings()),
            median == null ? Numbers.NONE : Numbers.money(median),
            Numbers.count(role.salary().n()),
            PayPhrases.typicalRange(role.salary(), range),
            role.topSkill() == null ? Numbers.NONE
                    : role.topSkill().key() + " " + Numbers.percent(role.topSkill().count(), role.postings()),
            Numbers.percent(role.seniorityBucket("entry").count(), role.postings()),
            Numbers.percent(role.workModeBucket("remote").count(), role.postings())};
    }

    private static String title(ProfilesReport report) {
        return "Roles: " + Numbers.count(report.roles().size()) + " with postings";
    }

    private static String parameters(ProfilesReport report) {
        return "Parameters: top " + report.parameters().top() + ", min n " + report.parameters().minN() + ", top k "
                + report.parameters().topK() + ", " + Numbers.count(report.parameters().hoursPerYear())
                + " hours/year, estimated pay " + (report.parameters().includeEstimated() ? "included" : "excluded")
                + ", dedupe " + report.parameters().dedupe();
    }
}
