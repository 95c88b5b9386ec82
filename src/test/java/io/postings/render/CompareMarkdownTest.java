package io.postings.render;

import static org.assertj.core.api.Assertions.assertThat;

import io.postings.report.Share;
import java.io.IOException;
import java.util.List;
import org.junit.jupiter.api.Test;

class CompareMarkdownTest {

    @Test
    void headingSectionsAndAlignedTables() throws IOException {
        String text = render(Fixtures.compare());
        assertThat(text).startsWith("# Backend Developer vs DevOps Engineer\n\n## Summary\n\n"
                + "| metric | Backend Developer | DevOps Engineer |\n|---|--:|--:|\n"
                + "| Median US base salary | $150,000 (n=545) | $131,500 (n=1,103) |\n"
                + "| Typical range (p25–p75) | $130,000 – $172,000 | $115,000 – $150,000 |\n");
        assertThat(text).contains("- Top-30 skill overlap (Jaccard): 43% (18 of 42 skills)\n"
                + "- Salary gap: $18,500 (14.1%) higher for Backend Developer, Mann-Whitney p=0.0004\n"
                + "- Seniority-adjusted gap: $15,003 (10.8%) higher for Backend Developer, within entry, mid, senior and staff (pooled mix of 1,585 salaried postings)\n"
                + "- Volume: 1.05x (Backend Developer has 349 more postings)\n");
        assertThat(text).doesNotContain("\r").doesNotContain("\n\n\n").endsWith("|\n");
    }

    @Test
    void everyTableRowHasAsManyCellsAsItsHeader() throws IOException {
        for (String text : List.of(render(Fixtures.compare()), render(Fixtures.sparse()), render(Fixtures.roles()))) {
            int columns = -1;
            for (String line : text.split("\n", -1)) {
                if (!line.startsWith("|")) {
                    columns = -1;
                    continue;
                }
                int cells = cells(line);
                if (columns < 0) {
                    columns = cells;
                }
                assertThat(cells).as(line).isEqualTo(columns);
            }
        }
    }

    @Test
    void pipesInInputAreEscaped() throws IOException {
        String text = render(Fixtures.compare());
        assertThat(text).contains("| Smith \\| Jones Consulting | 31 |\n");
    }

    @Test
    void escapeKeepsCellsAndMarkupInert() {
        assertThat(MarkdownWriter.escape("Smith | Jones")).isEqualTo("Smith \\| Jones");
        assertThat(MarkdownWriter.escape("line one\nline two\r\n")).isEqualTo("line one line two  ");
        // A backslash before a pipe must not unescape our escape.
        assertThat(MarkdownWriter.escape("a\\|b")).isEqualTo("a\\\\\\|b");
        assertThat(MarkdownWriter.escape("ends with \\")).isEqualTo("ends with \\\\");
        assertThat(MarkdownWriter.escape("<script>alert(1)</script>")).isEqualTo("\\<script>alert(1)\\</script>");
        assertThat(MarkdownWriter.escape("[click](http://x)")).isEqualTo("\\[click\\](http://x)");
        assertThat(MarkdownWriter.escape("*bold* `code` ~~gone~~ _em_"))
                .isEqualTo("\\*bold\\* \\`code\\` \\~\\~gone\\~\\~ \\_em\\_");
        // Left alone: they cannot start markup, and escaping them would clutter the raw text.
        assertThat(MarkdownWriter.escape("out_of_range")).isEqualTo("out_of_range");
        assertThat(MarkdownWriter.escape("p<0.0001, n >= 25")).isEqualTo("p<0.0001, n >= 25");
        assertThat(MarkdownWriter.escape("C# / C++ / .NET / Node.js")).isEqualTo("C# / C++ / .NET / Node.js");
        assertThat(MarkdownWriter.escape("Evil\u001B[2J\u009B")).isEqualTo("Evil\\[2J");
    }

    @Test
    void untrustedCompanyStaysInItsCell() throws IOException {
        List<Share> employers = List.of(Share.of("Acme | Evil\n\n# Injected heading", 3, 7_257));
        String text = render(Fixtures.withEmployersOfA(Fixtures.compare(), employers));
        assertThat(text).contains("| Acme \\| Evil  # Injected heading | 3 |\n");
        assertThat(text).doesNotContain("\n# Injected");
    }

    @Test
    void intervalsKeepDollarSignsApartFromMathDelimiters() throws IOException {
        String text = render(Fixtures.compare());
        assertThat(text).contains("| Rust | $179,500 | 38 | +$29,500 | +19.7% | $165,000 – $190,000 | small sample, significant |\n");
    }

    @Test
    void rolesReport() throws IOException {
        String text = render(Fixtures.roles());
        assertThat(text).startsWith("# Roles\n\n| role | postings |\n|---|--:|\n| Software Engineer | 49,510 |\n");
        assertThat(text).contains("\nPostings that matched no role: 20,445\n");
    }

    /** Cells in a pipe-table line: unescaped pipes minus one, skipping backslash escapes. */
    private static int cells(String line) {
        int pipes = 0;
        for (int i = 0; i < line.length(); i++) {
            char ch = line.charAt(i);
            if (ch == '\\') {
                i++;
            } else if (ch == '|') {
                pipes++;
            }
        }
        return pipes - 1;
    }

    private static String render(Object report) {
        return Fixtures.write(Format.MARKDOWN, report);
    }
}
