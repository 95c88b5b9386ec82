package io.postings.cli;

import static io.postings.cli.Cli.resource;
import static io.postings.cli.Cli.run;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The window and filters on every reading command: applied before aggregation, shown in the header and the JSON. */
class SelectionTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String[] SELECT = {"--since", "2026-04-01", "--until", "2026-05-31", "--country", "US",
            "--seniority", "mid,senior", "--work-mode", "remote,onsite"};

    @TempDir
    Path dir;

    private static String[] args(String... head) {
        String[] out = new String[head.length + SELECT.length + 1];
        System.arraycopy(head, 0, out, 0, head.length);
        System.arraycopy(SELECT, 0, out, head.length, SELECT.length);
        out[out.length - 1] = resource("dated.csv");
        return out;
    }

    @Test
    void compareCountsOnlyTheSelectedPostings() throws Exception {
        Cli.Result r = run(args("compare", "--a", "Backend Developer", "--b", "DevOps Engineer", "-f", "json"));
        assertThat(r.code()).isZero();
        JsonNode report = JSON.readTree(r.out());
        // April-May, US, mid or senior, remote or onsite: b04, b06, b07 and d01, d02 (d03 is hybrid).
        assertThat(report.get("a").get("postings").asLong()).isEqualTo(3);
        assertThat(report.get("b").get("postings").asLong()).isEqualTo(2);
        assertThat(report.get("a").get("salary").get("median").asDouble()).isEqualTo(140_000.0);
        assertThat(report.get("input").get("selection").get("seniority").toString()).isEqualTo("[\"mid\",\"senior\"]");
    }

    @Test
    void everyReadingCommandShowsTheSelectionUnderItsTitle() {
        String line = "Selection: posted 2026-04-01 to 2026-05-31 (61 days, both included); country US; "
                + "seniority mid, senior; work mode remote, onsite; 10 rows left out";
        String[][] commands = {
                {"compare", "--a", "Backend Developer", "--b", "DevOps Engineer"},
                {"roles"}, {"profiles"}, {"matrix", "--min-postings", "1"}, {"skills", "--role", "Backend Developer"},
                {"inspect"}, {"trend", "--role", "Backend Developer"}};
        for (String[] command : commands) {
            for (String format : new String[] {"table", "markdown"}) {
                String[] head = new String[command.length + 2];
                System.arraycopy(command, 0, head, 0, command.length);
                head[command.length] = "-f";
                head[command.length + 1] = format;
                Cli.Result r = run(args(head));
                assertThat(r.code()).as(String.join(" ", head)).isZero();
                assertThat(r.out().lines().limit(4)).as(String.join(" ", head)).contains(line);
                assertThat(r.out()).contains("Left out by the selection (first reason): no date 2, outside window 4, "
                        + "country 2, seniority 1, work mode 1");
            }
        }
    }

    @Test
    void withoutASelectionTheHeaderSaysNothing() {
        Cli.Result r = run("roles", resource("dated.csv"));
        assertThat(r.out()).doesNotContain("Selection:").containsPattern("postings without a date +2\n");
    }

    @Test
    void checkRecomputesAReportWithTheSelectionItRecorded() throws Exception {
        Path saved = dir.resolve("numbers.json");
        Cli.Result made = run(args("compare", "--a", "Backend Developer", "--b", "DevOps Engineer", "-f", "json", "-o",
                saved.toString()));
        assertThat(made.code()).isZero();
        Cli.Result checked = run("check", saved.toString());
        assertThat(checked.err()).isEmpty();
        assertThat(checked.code()).isZero();
        // The same report recomputed without the selection would drift.
        JsonNode unselected = JSON.readTree(saved.toFile());
        ((com.fasterxml.jackson.databind.node.ObjectNode) unselected.get("input").get("selection")).putArray("countries");
        Path other = dir.resolve("other.json");
        JSON.writeValue(other.toFile(), unselected);
        assertThat(run("check", other.toString()).code()).isEqualTo(1);
    }
}
