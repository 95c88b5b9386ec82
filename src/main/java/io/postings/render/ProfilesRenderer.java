package io.postings.render;

import io.postings.render.MarkdownRenderer.Doc;
import io.postings.render.MarkdownRenderer.Table;
import io.postings.render.TableRenderer.Page;
import io.postings.render.TextTable.Align;
import io.postings.report.ProfilesReport;
import io.postings.report.RoleProfile;

/** {@code postings profiles} for people: a line per role with its volume, pay and leading skill. */
public final class ProfilesRenderer {
    private ProfilesRenderer() {
    }

    public static String table(ProfilesReport report, Style style) {
        Page page = new Page(style);
        page.line(title(report));
        SelectionLines.header(page, report.input());
        TextTable table = new TextTable().column("role", Align.LEFT).column("postings", Align.RIGHT)
                .column("median US base", Align.RIGHT).column("n", Align.RIGHT).column("top skill", Align.LEFT)
                .column("entry", Align.RIGHT).column("remote", Align.RIGHT);
        for (RoleProfile role : report.roles()) {
            table.row(cells(role));
        }
        page.table(table);
        TableRenderer.input(page, report.input(), parameters(report));
        return page.text();
    }

    public static String markdown(ProfilesReport report) {
        Doc doc = new Doc();
        doc.heading(1, title(report));
        SelectionLines.header(doc, report.input());
        Table table = new Table().left("role").right("postings").right("median US base").right("n").left("top skill")
                .right("entry").right("remote");
        for (RoleProfile role : report.roles()) {
            table.row(cells(role));
        }
        doc.table(table);
        MarkdownRenderer.input(doc, report.input(), parameters(report));
        return doc.text();
    }

    private static String[] cells(RoleProfile role) {
        Double median = role.salary().median();
        return new String[] {
            role.role(),
            Numbers.count(role.postings()),
            median == null ? Numbers.NONE : Numbers.money(median),
            Numbers.count(role.salary().n()),
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
