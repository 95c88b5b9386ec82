package io.postings.render;

import io.postings.render.MarkdownRenderer.Doc;
import io.postings.render.MarkdownRenderer.Table;
import io.postings.render.TableRenderer.Page;
import io.postings.render.TextTable.Align;
import io.postings.report.RoleProfile;
import io.postings.report.SalarySummary;
import io.postings.report.Share;
import io.postings.report.SkillLine;
import io.postings.report.SkillsReport;
import java.util.List;

/** {@code postings skills} for people: every skill of the role with its share and pay. */
public final class SkillsRenderer {
    private SkillsRenderer() {
    }

    public static String table(SkillsReport report, Style style) {
        Page page = new Page(style);
        page.line(title(report));
        SelectionLines.header(page, report.input());
        page.line(baseline(report));
        page.section(heading(report));
        if (report.skills().isEmpty()) {
            page.line("none: no posting of the role names a skill");
        } else {
            TextTable table = new TextTable().column("skill", Align.LEFT).column("postings", Align.RIGHT)
                    .column("share", Align.RIGHT).column("n", Align.RIGHT).column("median", Align.RIGHT)
                    .column("premium", Align.RIGHT).column("premium %", Align.RIGHT)
                    .column("95% interval", Align.RIGHT).column("flags", Align.LEFT);
            for (SkillLine line : report.skills()) {
                table.row(cells(line, "–"));
            }
            page.table(table);
        }
        TableRenderer.input(page, report.input(), parameters(report));
        return page.text();
    }

    public static String markdown(SkillsReport report) {
        Doc doc = new Doc();
        doc.heading(1, title(report));
        SelectionLines.header(doc, report.input());
        doc.paragraph(baseline(report));
        doc.heading(2, heading(report));
        if (report.skills().isEmpty()) {
            doc.paragraph("none: no posting of the role names a skill");
        } else {
            Table table = new Table().left("skill").right("postings").right("share").right("n").right("median")
                    .right("premium").right("premium %").right("95% interval").left("flags");
            for (SkillLine line : report.skills()) {
                table.row(cells(line, MarkdownRenderer.RANGE));
            }
            doc.table(table);
        }
        MarkdownRenderer.input(doc, report.input(), parameters(report));
        return doc.text();
    }

    private static String[] cells(SkillLine line, String range) {
        boolean pay = line.median() != null;
        String flags = !pay ? "" : String.join(", ", List.of(line.smallSample() ? "small sample" : "",
                line.significant() ? "significant" : "").stream().filter(f -> !f.isEmpty()).toList());
        return new String[] {
            line.skill(),
            Numbers.count(line.count()),
            Numbers.percent(line.count(), line.of()),
            Numbers.count(line.n()),
            pay ? Numbers.money(line.median()) : Numbers.NONE,
            pay ? Numbers.signedMoney(line.premium()) : Numbers.NONE,
            pay ? Numbers.signedFraction1(line.premiumPct()) : Numbers.NONE,
            pay ? Phrases.interval(line.interval(), range) : Numbers.NONE,
            flags};
    }

    private static String title(SkillsReport report) {
        return "Skills: " + report.role() + " (" + Numbers.count(report.postings())
                + (report.postings() == 1 ? " posting)" : " postings)");
    }

    /** The baseline line of the skill salary sections, for this role. */
    private static String baseline(SkillsReport report) {
        SalarySummary s = report.salary();
        RoleProfile role = new RoleProfile(report.role(), report.postings(), null, 0, 0, s, List.of(), 0, List.of(),
                List.of(), List.of(), List.of(), Share.of("unknown", 0, report.postings()), List.of());
        return Phrases.baseline(role, "–");
    }

    private static String heading(SkillsReport report) {
        return Numbers.count(report.skills().size()) + " skills, by " + ("pay".equals(report.sort())
                ? "median US base salary (skills without one by share)" : "share of postings")
                + "; pay needs n ≥ " + Numbers.count(report.parameters().minN());
    }

    private static String parameters(SkillsReport report) {
        return "Parameters: min n " + report.parameters().minN() + ", "
                + Numbers.count(report.parameters().hoursPerYear()) + " hours/year, estimated pay "
                + (report.parameters().includeEstimated() ? "included" : "excluded") + ", dedupe "
                + report.parameters().dedupe();
    }
}
