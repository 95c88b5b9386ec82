package io.postings.cli;

import static io.postings.cli.Cli.run;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.postings.Golden;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;

/**
 * {@code report} end to end on the bundled sample: every file against its golden copy
 * (src/test/resources/golden/report/), and the report's numbers against {@code compare}'s.
 */
class ReportCommandTest {
    static final List<String> FILES = List.of("report.md", "appendix.md", "report.json", "skills.svg", "pay.svg",
            "splits.svg", "distribution.svg", "shared-pay.svg", "trend.svg");

    @TempDir
    static Path shared;

    static Path sample;

    /** One run over the full sample, shared by the tests that only read its files. */
    @BeforeAll
    static void reportOnTheSample() {
        sample = shared.resolve("out/backend-devops");
        Cli.Result r = run("report", "--a", "Backend Developer", "--b", "DevOps Engineer", "--out", sample.toString());
        assertThat(r.err()).isEmpty();
        assertThat(r.code()).isZero();
    }

    @Test
    void writesEveryFileIntoANewDirectoryAndNamesThem() throws Exception {
        for (String file : FILES) {
            assertThat(sample.resolve(file)).isRegularFile();
        }
        try (var listing = Files.list(sample)) {
            assertThat(listing.map(p -> p.getFileName().toString()))
                    .as("no temporary files left behind").containsExactlyInAnyOrderElementsOf(FILES);
        }
    }

    @Test
    void goldenFiles() throws Exception {
        for (String file : FILES) {
            Golden.assertMatches("report/" + file, Files.readString(sample.resolve(file), StandardCharsets.UTF_8));
        }
    }

    /** The README shows docs/report-sample/ and its CI example checks it: it must be this very report. */
    @Test
    void theReadmeSampleIsThisReport() throws Exception {
        Path docs = Path.of("docs", "report-sample");
        for (String file : FILES) {
            byte[] bytes = Files.readAllBytes(sample.resolve(file));
            if (Boolean.getBoolean("golden.update")) {
                Files.createDirectories(docs);
                Files.write(docs.resolve(file), bytes);
            } else {
                assertThat(docs.resolve(file)).as("%s is stale: regenerate with -Dgolden.update=true", file)
                        .hasBinaryContent(bytes);
            }
        }
    }

    @Test
    void jsonIsExactlyTheComparisonJson() throws Exception {
        Cli.Result compare = run("compare", "--a", "Backend Developer", "--b", "DevOps Engineer", "--format", "json");
        assertThat(compare.code()).isZero();
        assertThat(Files.readString(sample.resolve("report.json"))).isEqualTo(compare.out());
    }

    @Test
    void keyFindingsAreWrittenFromTheNumbers() throws Exception {
        String md = Files.readString(sample.resolve("report.md"));
        JsonNode json = new ObjectMapper().readTree(sample.resolve("report.json").toFile());
        // The article's sentence, from the sample's calibrated numbers.
        assertThat(md).contains("Median US base salary is $150,000 for Backend Developer (n=545) versus $131,500 for "
                + "DevOps Engineer (n=1,103), an $18,500 (14.1%) gap.");
        assertThat(json.at("/a/salary/median").asDouble()).isEqualTo(150_000);
        assertThat(md).contains("The two roles share 43% of their top-30 skills (18 of 42)");
        assertThat(md).contains("2.0% of Backend Developer postings are explicitly entry-level (144 of 7,257)");
        assertThat(md).contains("Backend Developer has 1.05x the postings of DevOps Engineer (7,257 versus 6,908, 349 more).");
        assertThat(md).contains("![Skill shares of Backend Developer and DevOps Engineer](skills.svg)");
        assertThat(md).contains("## Methods").contains("2,080 hours per year").contains("sha256 ");
        assertThat(md).doesNotContain("Generated:");
    }

    @Test
    void chartsAreWellFormedSvgWithTheirNumbers() throws Exception {
        for (String file : List.of("skills.svg", "pay.svg", "splits.svg", "trend.svg")) {
            byte[] bytes = Files.readAllBytes(sample.resolve(file));
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setNamespaceAware(true);
            Document svg = factory.newDocumentBuilder().parse(new ByteArrayInputStream(bytes));
            assertThat(svg.getDocumentElement().getLocalName()).isEqualTo("svg");
            assertThat(new String(bytes, StandardCharsets.UTF_8)).doesNotContain("NaN").doesNotContain("Infinity");
        }
        String skills = Files.readString(sample.resolve("skills.svg"));
        // The first row is the skill with the highest combined share: CI/CD (38% + 63%).
        assertThat(skills.indexOf(">CI/CD<")).isLessThan(skills.indexOf(">AWS<"));
        assertThat(skills).contains(">63%<").contains(">38%<");
        String pay = Files.readString(sample.resolve("pay.svg"));
        assertThat(pay).contains("Baseline: $150,000 (n=545").contains("Baseline: $131,500 (n=1,103");
        String splits = Files.readString(sample.resolve("splits.svg"));
        assertThat(splits).contains(">entry (2.0% / 2.0%)<");
        String trend = Files.readString(sample.resolve("trend.svg"));
        assertThat(trend).contains(">Postings per month<").contains(">Median US base salary per month<")
                .contains(">Backend Developer<").contains(">DevOps Engineer<").contains("<circle");
    }

    @Test
    void theTrendSectionAgreesWithTheTrendCommand() throws Exception {
        String md = Files.readString(sample.resolve("report.md"));
        Cli.Result trend = run("trend", "--role", "Backend Developer,DevOps Engineer", "-f", "json");
        JsonNode roles = new ObjectMapper().readTree(trend.out()).get("roles");
        assertThat(md).contains("## Trend").contains("![Postings and median US base salary per month](trend.svg)");
        for (JsonNode role : roles) {
            JsonNode o = role.get("openings_per_month");
            assertThat(md).contains(role.get("role").asText() + ": about ")
                    .contains(io.postings.render.Numbers.count(o.get("postings").asLong()) + " postings over "
                            + o.get("months").asInt() + " whole month");
        }
    }

    @Test
    void timestampOnlyWhenAsked(@TempDir Path dir) throws Exception {
        Cli.Result r = run("report", "--a", "backend developer", "--b", "devops engineer", "--out", dir.toString(),
                "--timestamp", Cli.resource("small.csv"));
        assertThat(r.code()).isZero();
        assertThat(Files.readString(dir.resolve("report.md"))).containsPattern("Generated: 20\\d\\d-\\d\\d-\\d\\dT");
        assertThat(Files.readString(dir.resolve("report.json"))).doesNotContain("Generated");
    }

    @Test
    void outputThatIsAFileIsAnOutputError(@TempDir Path dir) throws Exception {
        Path file = Files.writeString(dir.resolve("taken"), "x");
        Cli.Result r = run("report", "--a", "Backend Developer", "--b", "DevOps Engineer", "--out", file.toString(),
                Cli.resource("small.csv"));
        assertThat(r.code()).isEqualTo(ExitCodes.OUTPUT);
        assertThat(r.err()).startsWith("postings: ").contains("taken").doesNotContain("Exception");
        assertThat(Files.readString(file)).isEqualTo("x");
    }

    @Test
    void unknownRoleIsAUsageErrorAndWritesNothing(@TempDir Path dir) {
        Cli.Result r = run("report", "--a", "Backend Developer", "--b", "Astronaut", "--out",
                dir.resolve("r").toString(), Cli.resource("small.csv"));
        assertThat(r.code()).isEqualTo(ExitCodes.USAGE);
        assertThat(dir.resolve("r")).doesNotExist();
    }
}
