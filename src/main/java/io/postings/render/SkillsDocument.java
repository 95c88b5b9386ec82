package io.postings.render;

import io.postings.render.Document.Table;
import io.postings.report.RoleProfile;
import io.postings.report.SalarySummary;
import io.postings.report.Share;
import io.postings.report.SkillLine;
import io.postings.report.SkillsReport;
import java.util.List;

/** {@code postings skills} for people: every skill of the role with its share and pay. */
final class SkillsDocument {
    private SkillsDocument() {
    }

    static Document document(SkillsReport report) {
        Document doc = SelectionLines.titled(title(report), report.input());
        doc.paragraph(baseline(report));
        doc.heading(2, heading(report));
        if (report.skills().isEmpty()) {
            doc.paragraph("none: no posting of the role names a skill");
        } else {
            Table table = new Table().left("skill").right("postings").right("share").right("n").right("median")
                    .right("premium").right("premium %").right("95% interval").left("flags");
            for (SkillLine line : report.skills()) {
                table.row(cells(line));
            }
            doc.table(table);
        }
        InputSection.add(doc, report.input(), parameters(report));
        return doc;
    }

    private static String[] cells(SkillLine line) {
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
            pay ? Phrases.interval(line.interval(), Document.RANGE) : Numbers.NONE,
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
        return Phrases.baseline(role, Document.RANGE);
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
