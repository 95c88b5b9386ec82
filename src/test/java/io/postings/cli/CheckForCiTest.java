package io.postings.cli;

import static io.postings.cli.Cli.resource;
import static io.postings.cli.Cli.run;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.postings.report.Tool;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code check} as a CI job uses it (issue 18): pinning only what an article quotes, a
 * tolerance for each kind of number, and reports that say which tool and which input bytes
 * made them, so a new dump is not mistaken for drift.
 */
class CheckForCiTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;

    private Path csv;
    private Path saved;

    @BeforeEach
    void save() throws Exception {
        csv = dir.resolve("jobs.csv");
        Files.copy(Path.of(resource("small.csv")), csv);
        saved = dir.resolve("saved.json");
        Cli.Result r = run("compare", "--a", "Backend Developer", "--b", "DevOps Engineer", "-f", "json",
                "-o", saved.toString(), csv.toString());
        assertThat(r.code()).as(r.err()).isZero();
    }

    /** The saved report with one value replaced (the first match of {@code regex}). */
    private void tamper(String regex, String replacement) throws Exception {
        String json = Files.readString(saved);
        String changed = json.replaceFirst(regex, replacement);
        assertThat(changed).isNotEqualTo(json);
        Files.writeString(saved, changed);
    }

    private Cli.Result check(String... extra) {
        String[] args = new String[3 + extra.length];
        args[0] = "check";
        args[1] = "--allow-outside";
        args[2] = saved.toString();
        System.arraycopy(extra, 0, args, 3, extra.length);
        return run(args);
    }

    @Test
    void onlyPinsWhatAnArticleQuotes() throws Exception {
        tamper("\"median\": 140000\\.0", "\"median\": 141000.0"); // b.salary.median

        assertThat(check().code()).isEqualTo(ExitCodes.DIFFERENT);
        Cli.Result a = check("--only", "a.salary.median,pair.jaccard,a.top_skills[*].key");
        assertThat(a.code()).as(a.out()).isZero();
        assertThat(a.out()).contains("(only a.salary.median, pair.jaccard, a.top_skills[*].key)");
        Cli.Result b = check("--only", "b.salary");
        assertThat(b.code()).isEqualTo(ExitCodes.DIFFERENT);
        assertThat(b.out()).contains("b.salary.median").contains("DRIFT: 1 value of ");
        Cli.Result glob = check("--only", "*.salary.median");
        assertThat(glob.code()).isEqualTo(ExitCodes.DIFFERENT);
    }

    @Test
    void aChecksFileSaysTheSame() throws Exception {
        tamper("\"median\": 140000\\.0", "\"median\": 141000.0");
        Path checks = Files.writeString(dir.resolve("article.checks"),
                "# what the article quotes\na.salary.median\n\npair.jaccard\n");
        assertThat(check("--checks", checks.toString()).code()).isZero();
        Files.writeString(checks, "b.salary.median\n", java.nio.file.StandardOpenOption.APPEND);
        assertThat(check("--checks", checks.toString()).code()).isEqualTo(ExitCodes.DIFFERENT);
    }

    @Test
    void aPathThatPinsNothingIsAUsageErrorBeforeThePass() throws Exception {
        Files.delete(csv); // a pass would fail on the missing input: the error must come first
        Cli.Result r = check("--only", "a.salary.medain");
        assertThat(r.code()).isEqualTo(ExitCodes.USAGE);
        assertThat(r.err()).startsWith("postings: --only a.salary.medain: no such value in ");
    }

    @Test
    void moneyHasAnAbsoluteToleranceInDollars() throws Exception {
        tamper("\"median\": 140000\\.0", "\"median\": 141000.0");
        assertThat(check("--money-tolerance", "999").code()).isEqualTo(ExitCodes.DIFFERENT);
        Cli.Result r = check("--money-tolerance", "1000");
        assertThat(r.code()).as(r.out()).isZero();
        assertThat(r.out()).contains("Moved within the tolerance").contains("$1000 for money");
    }

    @Test
    void countsHaveTheirOwnTolerance() throws Exception {
        tamper("\"rows_read\": 14", "\"rows_read\": 16");
        assertThat(check("--tolerance", "0.5").code()).isEqualTo(ExitCodes.DIFFERENT); // never for counts
        assertThat(check("--count-tolerance", "1").code()).isEqualTo(ExitCodes.DIFFERENT);
        assertThat(check("--count-tolerance", "2").code()).isZero();
    }

    @Test
    void sharesHaveAToleranceInPercentagePoints() throws Exception {
        JsonNode report = JSON.readTree(Files.readString(saved));
        double remote = report.at("/a/remote_share").asDouble();
        tamper("\"remote_share\": " + Pattern.quote(report.at("/a/remote_share").asText()),
                Matcher.quoteReplacement("\"remote_share\": " + (remote + 0.004)));
        assertThat(check("--share-tolerance", "0.3").code()).isEqualTo(ExitCodes.DIFFERENT);
        assertThat(check("--share-tolerance", "0.5").code()).isZero();
    }

    @Test
    void negativeTolerancesAreUsageErrors() {
        assertThat(check("--money-tolerance", "-1").code()).isEqualTo(ExitCodes.USAGE);
        assertThat(check("--count-tolerance", "-1").code()).isEqualTo(ExitCodes.USAGE);
        assertThat(check("--share-tolerance", "-0.1").code()).isEqualTo(ExitCodes.USAGE);
    }

    @Test
    void theReportSaysWhichToolAndWhichInputBytesMadeIt() throws Exception {
        JsonNode report = JSON.readTree(Files.readString(saved));

        assertThat(report.at("/tool/name").asText()).isEqualTo("postings");
        assertThat(report.at("/tool/version").asText()).isEqualTo(Tool.current().version()).isNotEqualTo("dev");
        JsonNode source = report.at("/input/sources/0");
        assertThat(source.get("file").asText()).isEqualTo(csv.toString());
        assertThat(source.get("bytes").asLong()).isEqualTo(Files.size(csv));
        assertThat(source.get("sha256").asText()).isEqualTo(HexFormat.of().formatHex(
                MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(csv))));
        assertThat(source.get("rows").asLong()).isEqualTo(report.at("/input/rows_read").asLong()).isEqualTo(14);
    }

    @Test
    void aNewDumpIsToldApartFromDrift() throws Exception {
        // The same postings with one more blank line at the end: other bytes, the same numbers.
        Files.writeString(csv, Files.readString(csv) + "\n");
        Cli.Result r = check();

        assertThat(r.code()).as(r.out()).isZero();
        assertThat(r.out()).contains("input.sources[0].sha256").contains("this is a new dump, not the same data drifting");
    }

    @Test
    void theVersionIsTheBuildsNeverDev() throws Exception {
        String pom = Files.readString(Path.of("cli-pom.xml"));
        Matcher version = Pattern.compile("<parent>.*?<version>([^<]+)</version>", Pattern.DOTALL).matcher(pom);
        assertThat(version.find()).isTrue();
        assertThat(Tool.current().version()).isEqualTo(version.group(1));
        assertThat(run("--version").out().strip()).isEqualTo("postings " + version.group(1));
    }
}
