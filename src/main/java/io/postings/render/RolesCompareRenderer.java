package io.postings.render;

import io.postings.render.MarkdownRenderer.Doc;
import io.postings.render.MarkdownRenderer.Table;
import io.postings.render.TableRenderer.Page;
import io.postings.render.TextTable.Align;
import io.postings.report.RoleProfile;
import io.postings.report.RolePair;
import io.postings.report.RolesCompareReport;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * {@code compare} with more than two roles: the summary side by side, the overlap matrix among
 * just these roles, every pair ranked among them, pay distribution and pay by seniority.
 */
public final class RolesCompareRenderer {
    private RolesCompareRenderer() {
    }

    public static String table(RolesCompareReport report, Style style) {
        List<RoleProfile> roles = report.roles();
        Page page = new Page(style);
        page.line(title(roles));
        page.section("Summary");
        page.table(text(summaryRows(roles, "–"), "metric", roles));
        page.section(overlapTitle(report));
        page.table(text(matrixRows(report), "", roles));
        page.section(pairsTitle(report));
        TextTable pairs = new TextTable().column("rank", Align.RIGHT).column("role", Align.LEFT)
                .column("role", Align.LEFT).column("overlap", Align.RIGHT).column("shared", Align.RIGHT);
        pairRows(report).forEach(pairs::row);
        page.table(pairs);
        TableRenderer.payBreakdowns(page, roles);
        TableRenderer.input(page, report.input(), Phrases.parameters(report.parameters()));
        return page.text();
    }

    public static String markdown(RolesCompareReport report) {
        List<RoleProfile> roles = report.roles();
        Doc doc = new Doc();
        doc.heading(1, title(roles));
        doc.heading(2, "Summary");
        doc.table(markdown(summaryRows(roles, MarkdownRenderer.RANGE), "metric", roles));
        doc.heading(2, overlapTitle(report));
        doc.table(markdown(matrixRows(report), "", roles));
        doc.heading(2, pairsTitle(report));
        Table pairs = new Table().right("rank").left("role").left("role").right("overlap").right("shared");
        pairRows(report).forEach(pairs::row);
        doc.table(pairs);
        MarkdownRenderer.payBreakdowns(doc, roles, 2);
        MarkdownRenderer.input(doc, report.input(), Phrases.parameters(report.parameters()));
        return doc.text();
    }

    static String title(List<RoleProfile> roles) {
        return String.join(" vs ", roles.stream().map(RoleProfile::role).toList());
    }

    private static String overlapTitle(RolesCompareReport report) {
        return "Top-" + report.parameters().top() + " skill overlap (Jaccard) among these " + report.roles().size()
                + " roles";
    }

    private static String pairsTitle(RolesCompareReport report) {
        return "Pairs by overlap (rank among these " + report.roles().size() + " roles)";
    }

    private static List<String[]> summaryRows(List<RoleProfile> roles, String range) {
        List<String[]> rows = new ArrayList<>();
        rows.add(row("Median US base salary", roles, r -> Phrases.medianWithN(r.salary())));
        rows.add(row("Typical range (p25–p75)", roles, r -> PayPhrases.typicalRange(r.salary(), range)));
        rows.add(row("Active postings", roles, r -> Numbers.count(r.postings())));
        rows.add(row("Top skill", roles, r -> Phrases.topSkill(r.topSkill())));
        rows.add(row("Entry-level share", roles, Phrases::entryLevel));
        rows.add(row("Remote share", roles, Phrases::remote));
        return rows;
    }

    private static String[] row(String label, List<RoleProfile> roles, Function<RoleProfile, String> cell) {
        String[] row = new String[roles.size() + 1];
        row[0] = label;
        for (int i = 0; i < roles.size(); i++) {
            row[i + 1] = cell.apply(roles.get(i));
        }
        return row;
    }

    /** One row per role: its Jaccard with every role, {@code –} against itself or without skills. */
    private static List<String[]> matrixRows(RolesCompareReport report) {
        List<String[]> rows = new ArrayList<>();
        for (RoleProfile role : report.roles()) {
            rows.add(row(role.role(), report.roles(), other -> {
                if (other.role().equals(role.role())) {
                    return Numbers.NONE;
                }
                RolePair p = report.pair(role.role(), other.role());
                return p == null ? Numbers.NONE : MatrixRenderer.overlap(p);
            }));
        }
        return rows;
    }

    private static List<String[]> pairRows(RolesCompareReport report) {
        List<String[]> rows = new ArrayList<>();
        for (RolePair p : report.pairs()) {
            rows.add(new String[] {Numbers.count(p.rank()), p.a(), p.b(), MatrixRenderer.overlap(p),
                    MatrixRenderer.shared(p)});
        }
        return rows;
    }

    private static TextTable text(List<String[]> rows, String first, List<RoleProfile> roles) {
        TextTable table = new TextTable().column(first, Align.LEFT);
        roles.forEach(r -> table.column(r.role(), Align.RIGHT));
        rows.forEach(table::row);
        return table;
    }

    private static Table markdown(List<String[]> rows, String first, List<RoleProfile> roles) {
        Table table = new Table().left(first);
        roles.forEach(r -> table.right(r.role()));
        rows.forEach(table::row);
        return table;
    }
}
