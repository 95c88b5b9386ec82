package io.postings.render;

import io.postings.report.CompareReport;
import io.postings.report.RoleProfile;
import java.io.IOException;
import java.io.Writer;
import java.util.List;

/**
 * {@code appendix.md} beside {@code report.md}: the long tables an article links to rather than
 * prints: every skill salary of both roles, and the input section (rows, salary exclusions,
 * problems with their first examples, unmapped skills, titles without a role).
 */
public final class ReportAppendix {
    public static final String FILE = "appendix.md";

    private ReportAppendix() {
    }

    public static void render(CompareReport report, Writer out) throws IOException {
        RoleProfile a = report.a();
        RoleProfile b = report.b();
        Document doc = new Document();
        doc.heading(1, "Appendix: " + Phrases.title(a, b));
        doc.heading(2, "Skill salaries");
        for (RoleProfile role : List.of(a, b)) {
            CompareDocument.skillSalaries(doc, role, report.parameters().minN());
        }
        InputSection.add(doc, report.input(), Phrases.parameters(report.parameters()));
        out.write(new MarkdownWriter().write(doc));
    }
}
