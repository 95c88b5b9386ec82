package io.postings.cli;

import static io.postings.cli.Cli.run;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GenerateCommandTest {
    @TempDir
    Path dir;

    @Test
    void writesTheRequestedRowsDeterministically() {
        Cli.Result first = run("generate", "--rows", "500", "--seed", "3");
        Cli.Result second = run("generate", "--rows", "500", "--seed", "3");

        assertThat(first.code()).isZero();
        assertThat(first.out()).isEqualTo(second.out());
        assertThat(first.out().lines().count()).isEqualTo(501);
        assertThat(first.out()).startsWith("id,title,role,company,location,country,work_mode,seniority,");
        assertThat(run("generate", "--rows", "500", "--seed", "4").out()).isNotEqualTo(first.out());
    }

    @Test
    void gzippedOutputReadsBackThroughCompare() throws Exception {
        Path out = dir.resolve("dump.csv.gz");

        assertThat(run("generate", "--rows", "3000", "--out", out.toString()).code()).isZero();

        try (InputStream in = new GZIPInputStream(Files.newInputStream(out))) {
            assertThat(new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().count()).isEqualTo(3001);
        }
        Cli.Result r = run("compare", "--a", "Software Engineer", "--b", "Backend Developer", "-f", "json", out.toString());
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.out()).contains("\"rows_read\": 3000");
    }

    @Test
    void jsonLinesFormatReadsBackToTheSameNumbers() throws Exception {
        Path csv = dir.resolve("d.csv");
        Path jsonl = dir.resolve("d.jsonl");
        assertThat(run("generate", "--rows", "4000", "--out", csv.toString()).code()).isZero();
        assertThat(run("generate", "--rows", "4000", "--format", "jsonl", "--out", jsonl.toString()).code()).isZero();

        String fromCsv = run("compare", "--a", "Software Engineer", "--b", "Backend Developer", "-f", "json", csv.toString()).out();
        String fromJsonl = run("compare", "--a", "Software Engineer", "--b", "Backend Developer", "-f", "json", jsonl.toString()).out();

        // Everything but the file:line examples (JSON Lines has no header line) is the same.
        var json = new com.fasterxml.jackson.databind.ObjectMapper();
        var a = json.readTree(fromCsv);
        var b = json.readTree(fromJsonl);
        for (String section : new String[] {"a", "b", "pair"}) {
            assertThat(b.get(section)).as(section).isEqualTo(a.get(section));
        }
        assertThat(b.get("input").get("postings")).isEqualTo(a.get("input").get("postings"));
        assertThat(b.get("input").get("salary_excluded")).isEqualTo(a.get("input").get("salary_excluded"));
    }

    @Test
    void rejectsBadOptions() {
        assertThat(run("generate", "--rows", "-1").code()).isEqualTo(ExitCodes.USAGE);
        assertThat(run("generate", "--format", "xml").code()).isEqualTo(ExitCodes.USAGE);
    }
}
