package io.postings.render;

import io.postings.render.Document.Table;
import io.postings.report.ProfilesReport;
import io.postings.report.RoleProfile;

/** {@code postings profiles} for people: a line per role with its volume, pay and leading skill. */
final class ProfilesDocument {
    private static final java.util.List<String> LEVELS = java.util.List.of("entry", "mid", "senior", "staff");

    private ProfilesDocument() {
    }

    static Document document(ProfilesReport report) {
        Document doc = SelectionLines.titled(title(report), report.input());
        Table table = new Table().left("role").right("postings").right("median US base").right("n").right("p25–p75")
                .left("top skill").right("entry").right("remote");
        for (RoleProfile role : report.roles()) {
            table.row(cells(role));
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
        InputSection.add(doc, report.input(), parameters(report));
        return doc;
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

    private static String[] cells(RoleProfile role) {
        Double median = role.salary().median();
        return new String[] {
            role.role(),
            Numbers.count(role.postings()),
            median == null ? Numbers.NONE : Numbers.money(median),
            Numbers.count(role.salary().n()),
            PayPhrases.typicalRange(role.salary(), Document.RANGE),
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
