package io.postings.render;

import io.postings.render.Document.Table;
import io.postings.report.MatrixReport;
import io.postings.report.RoleCount;
import io.postings.report.RolePair;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code postings matrix} for people: the ranked list of pairs and, when it is small enough to
 * read, the square matrix; roles left out for having too few postings are named.
 */
final class MatrixDocument {

    /** Most roles drawn as a square matrix; beyond this the ranked pair list alone reads better. */
    static final int MAX_SQUARE = 12;

    private MatrixDocument() {
    }

    static Document document(MatrixReport report) {
        Document doc = SelectionLines.titled(title(report), report.input());
        if (report.roles().size() >= 2 && report.roles().size() <= MAX_SQUARE) {
            doc.heading(2, "Matrix (" + percentOfUnion(report) + ")");
            Table square = new Table().right("#").left("role");
            for (int i = 0; i < report.roles().size(); i++) {
                square.right(Integer.toString(i + 1));
            }
            for (List<String> row : squareRows(report)) {
                square.row(row.toArray(String[]::new));
            }
            doc.table(square);
        }
        doc.heading(2, "Pairs, highest overlap first (" + Numbers.count(report.pairs().size()) + ")");
        if (report.pairs().isEmpty()) {
            doc.paragraph(noPairs(report));
        } else {
            doc.table(pairs(report.pairs()));
        }
        if (!report.excluded().isEmpty()) {
            doc.heading(2, "Not in the matrix: fewer than " + Numbers.count(report.parameters().minPostings())
                    + " postings (" + report.excluded().size() + ")");
            doc.paragraph(excluded(report));
        }
        InputSection.add(doc, report.input(), parameters(report));
        return doc;
    }

    /** The ranked pairs: rank, the two roles, their overlap and the shared skills of the union. */
    static Table pairs(List<RolePair> pairs) {
        Table table = new Table().right("rank").left("role").left("role").right("overlap").right("shared");
        for (RolePair p : pairs) {
            table.row(Numbers.count(p.rank()), p.a(), p.b(), overlap(p), shared(p));
        }
        return table;
    }

    private static String title(MatrixReport report) {
        return "Top-" + report.parameters().top() + " skill overlap (Jaccard) of " + Numbers.count(report.roles().size())
                + (report.roles().size() == 1 ? " role" : " roles") + " with at least "
                + Numbers.count(report.parameters().minPostings()) + " postings";
    }

    private static String percentOfUnion(MatrixReport report) {
        return "shared skills as a share of both top-" + report.parameters().top() + " lists together";
    }

    /** One row per role: its number, name, and its overlap with every role (– with itself). */
    private static List<List<String>> squareRows(MatrixReport report) {
        Map<String, RolePair> byNames = new HashMap<>();
        for (RolePair p : report.pairs()) {
            byNames.put(p.a() + "\u0000" + p.b(), p);
            byNames.put(p.b() + "\u0000" + p.a(), p);
        }
        List<List<String>> rows = new ArrayList<>();
        List<RoleCount> roles = report.roles();
        for (int i = 0; i < roles.size(); i++) {
            List<String> row = new ArrayList<>();
            row.add(Integer.toString(i + 1));
            row.add(roles.get(i).role());
            for (int j = 0; j < roles.size(); j++) {
                RolePair p = i == j ? null : byNames.get(roles.get(i).role() + "\u0000" + roles.get(j).role());
                row.add(p == null ? Numbers.NONE : overlap(p));
            }
            rows.add(row);
        }
        return rows;
    }

    static String overlap(RolePair p) {
        return p.jaccard() == null ? Numbers.NONE : Numbers.percent(p.intersection(), p.union());
    }

    static String shared(RolePair p) {
        return Numbers.count(p.intersection()) + " of " + Numbers.count(p.union());
    }

    private static String noPairs(MatrixReport report) {
        return "none: fewer than two roles have at least " + Numbers.count(report.parameters().minPostings()) + " postings";
    }

    private static String excluded(MatrixReport report) {
        List<String> names = new ArrayList<>();
        for (RoleCount r : report.excluded()) {
            names.add(r.role() + " (" + Numbers.count(r.postings()) + ")");
        }
        return String.join(", ", names);
    }

    private static String parameters(MatrixReport report) {
        return "Parameters: top " + report.parameters().top() + ", min postings "
                + Numbers.count(report.parameters().minPostings()) + ", dedupe " + report.parameters().dedupe();
    }
}
