package io.postings.cli;

import static io.postings.cli.Cli.run;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Values from the input cannot take over a terminal or break a Markdown table: escape
 * sequences, other control characters and bidirectional overrides never reach standard output
 * or error (in any table section, problem details and file names included), and {@code |} and
 * line breaks in company names and titles stay inside their Markdown cell. JSON keeps the
 * values exactly, escaped by the JSON writer.
 */
class OutputSafetyTest {
    private static final String ESC = "\u001b";
    private static final String HOSTILE = String.join("\n",
            "id,title,company,location,salary_min,salary_max,salary_currency,salary_period,skills",
            "1,Backend Developer\u001b]0;pwned\u0007,Evil | Corp,\"Austin, TX\",150000,160000,USD,year,Java;\u001b[2JClear",
            "2,Backend Developer,\"Line",
            "Break | Inc\",\"Austin, TX\",140000,150000,USD,year,Java",
            "3,DevOps Engineer,\u001b[31mRed\u001b[0m Ltd,\"\u202eSU ,nitsuA\",120000,130000,USD,year,AWS|Go",
            "4,DevOps Engineer,Acme,Nowhere \u001b[5m,,,,,AWS",
            "5,Barista | ## injected\u0085,Cafe,\"Austin, TX\",1,2,USD,year,",
            "6,DevOps Engineer,Acme,\"Austin, TX\",n/a\u001b[K,,USD,year,AWS",
            "");

    @TempDir
    Path dir;

    private Path hostile() throws IOException {
        return Files.writeString(dir.resolve("dump.csv"), HOSTILE);
    }

    private static void assertTerminalSafe(String text) {
        for (int i = 0; i < text.length(); i++) {
            char ch = text.charAt(i);
            boolean control = (ch < 0x20 && ch != '\n') || (ch >= 0x7F && ch <= 0x9F)
                    || (ch >= '\u202A' && ch <= '\u202E') || (ch >= '\u2066' && ch <= '\u2069');
            assertThat(control).as("control character U+%04X at %d in:%n%s", (int) ch, i, text).isFalse();
        }
    }

    @Test
    void theTableOutputHasNoControlCharactersInAnySection() throws IOException {
        Cli.Result r = run("compare", "--a", "Backend Developer", "--b", "DevOps Engineer", "--min-n", "1",
                hostile().toString());

        assertThat(r.code()).isZero();
        assertTerminalSafe(r.out());
        assertThat(r.out()).contains("Evil | Corp", "[31mRed[0m Ltd", "SU ,nitsuA", "Nowhere [5m", "n/a[K",
                "Barista | ## injected", "[2jclear");
    }

    @Test
    void markdownCellsKeepPipesAndLineBreaksInside() throws IOException {
        Cli.Result r = run("compare", "--a", "Backend Developer", "--b", "DevOps Engineer", "--min-n", "1",
                "-f", "markdown", hostile().toString());

        assertThat(r.code()).isZero();
        assertTerminalSafe(r.out());
        String header = null;
        for (String line : r.out().split("\n")) {
            if (!line.startsWith("|")) {
                header = null;
                continue;
            }
            assertThat(line).endsWith("|");
            if (header == null) {
                header = line;
            }
            assertThat(cells(line)).as("cells of %s", line).isEqualTo(cells(header));
        }
        assertThat(r.out()).contains("Evil \\| Corp", "Line Break \\| Inc", "Barista \\| ## injected");
    }

    /** Cells of a pipe-table line: pipes not escaped by a backslash, less one. */
    private static int cells(String line) {
        int pipes = 0;
        for (int i = 0; i < line.length(); i++) {
            if (line.charAt(i) == '\\') {
                i++;
            } else if (line.charAt(i) == '|') {
                pipes++;
            }
        }
        return pipes - 1;
    }

    @Test
    void jsonKeepsTheValuesExactly() throws IOException {
        Cli.Result r = run("compare", "--a", "Backend Developer", "--b", "DevOps Engineer", "-f", "json",
                hostile().toString());

        JsonNode report = new ObjectMapper().readTree(r.out());
        assertThat(report.get("a").get("employers").findValuesAsText("key")).contains("Evil | Corp", "Line\nBreak | Inc");
        assertThat(r.out()).doesNotContain(ESC);
    }

    @Test
    void fileNamesAreCleanedInReportsAndErrors() throws IOException {
        Path odd = Files.writeString(dir.resolve("dump" + ESC + "[1m.csv"), HOSTILE);

        Cli.Result ok = run("roles", odd.toString());
        Cli.Result missing = run("roles", dir.resolve("gone" + ESC + "]0;x\u0007.csv").toString());

        assertThat(ok.code()).isZero();
        assertTerminalSafe(ok.out());
        assertThat(ok.out()).contains("dump[1m.csv");
        assertThat(missing.code()).isEqualTo(ExitCodes.INPUT);
        assertTerminalSafe(missing.err());
        assertThat(missing.err()).endsWith("gone]0;x.csv: no such file\n");
    }
}
