package io.postings.render;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import io.postings.report.Share;
import java.io.IOException;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class CompareMarkdownTest {

    @Test
    void headingSectionsAndAlignedTables() throws IOException {
        String text = render(Fixtures.compare());
        assertThat(text).startsWith("""
                # Backend Developer vs DevOps Engineer

                ## Summary

                | metric | Backend Developer | DevOps Engineer |
                |---|--:|--:|
                | Median US base salary | $150,000 (n=545) | $131,500 (n=1,103) |
                | Typical range (p25–p75) | $130,000 – $172,000 | $115,000 – $150,000 |
                """);
        assertThat(text).contains("""
                - Top-30 skill overlap (Jaccard): 43% (18 of 42 skills)
                - Salary gap: $18,500 (14.1%) higher for Backend Developer, Mann-Whitney p=0.0004
                - Seniority-adjusted gap: $15,003 (10.8%) higher for Backend Developer, within entry, mid, \
                senior and staff (pooled mix of 1,585 salaried postings)
                - Volume: 1.05x (Backend Developer has 349 more postings)
                """);
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

    /** Text made inert in a cell, heading or paragraph: input, then what the Markdown holds. */
    static Stream<Arguments> escapes() {
        return Stream.of(
                arguments("Smith | Jones", "Smith \\| Jones"),
                arguments("line one\nline two\r\n", "line one line two  "),
                // A backslash before a pipe must not unescape our escape.
                arguments("a\\|b", "a\\\\\\|b"),
                arguments("ends with \\", "ends with \\\\"),
                arguments("<script>alert(1)</script>", "\\<script>alert(1)\\</script>"),
                arguments("[click](http://x)", "\\[click\\](http://x)"),
                arguments("*bold* `code` ~~gone~~ _em_", "\\*bold\\* \\`code\\` \\~\\~gone\\~\\~ \\_em\\_"),
                // Left alone: they cannot start markup, and escaping them would clutter the raw text.
                arguments("out_of_range", "out_of_range"),
                arguments("p<0.0001, n >= 25", "p<0.0001, n >= 25"),
                arguments("C# / C++ / .NET / Node.js", "C# / C++ / .NET / Node.js"),
                arguments("Evil\u001B[2J\u009B", "Evil\\[2J"));
    }

    @ParameterizedTest
    @MethodSource("escapes")
    void escapeKeepsCellsAndMarkupInert(String input, String markdown) {
        assertThat(MarkdownWriter.escape(input)).isEqualTo(markdown);
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
