package io.postings.render;

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
final class RolesCompareDocument {
    private RolesCompareDocument() {
    }

    static Document document(RolesCompareReport report) {
        List<RoleProfile> roles = report.roles();
        Document doc = new Document();
        doc.heading(1, title(roles));
        doc.heading(2, "Summary");
        doc.table(CompareDocument.roleColumns("metric", roles).rows(summaryRows(roles)));
        doc.heading(2, overlapTitle(report));
        doc.table(CompareDocument.roleColumns("", roles).rows(matrixRows(report)));
        doc.heading(2, pairsTitle(report));
        doc.table(MatrixDocument.pairs(report.pairs()));
        CompareDocument.payBreakdowns(doc, roles, 2);
        InputSection.add(doc, report.input(), Phrases.parameters(report.parameters()));
        return doc;
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

    private static List<String[]> summaryRows(List<RoleProfile> roles) {
        List<String[]> rows = new ArrayList<>();
        rows.add(row("Median US base salary", roles, r -> Phrases.medianWithN(r.salary())));
        rows.add(row("Typical range (p25–p75)", roles, r -> PayPhrases.typicalRange(r.salary(), Document.RANGE)));
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
                return p == null ? Numbers.NONE : MatrixDocument.overlap(p);
            }));
        }
        return rows;
    }
}
