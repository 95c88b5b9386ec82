package io.postings.cli;

import static io.postings.cli.Cli.run;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

class InspectCommandTest {
    private static final String GREENHOUSE = "src/test/resources/formats/greenhouse.json";
    private static final String BRAZIL = "src/test/resources/formats/linkedin-brazil.csv";
    private static final String PYTHON_LISTS = "src/test/resources/formats/python-lists.csv";

    @Test
    void saysHowEachFileWasReadAndWhichColumnFedWhichField() throws Exception {
        Cli.Result r = run("inspect", "--format", "json", GREENHOUSE, BRAZIL);

        assertThat(r.err()).isEmpty();
        assertThat(r.code()).isZero();
        JsonNode report = new ObjectMapper().readTree(r.out());
        assertThat(report.get("schema").asText()).isEqualTo("postings.inspect/1");
        JsonNode greenhouse = report.get("files").get(0);
        assertThat(greenhouse.get("name").asText()).isEqualTo(GREENHOUSE);
        assertThat(greenhouse.get("format").asText()).isEqualTo("json");
        assertThat(greenhouse.get("records_at").asText()).isEqualTo("jobs");
        assertThat(greenhouse.get("export_format").asText()).isEqualTo("greenhouse");
        assertThat(greenhouse.get("delimiter").isNull()).isTrue();
        assertThat(feeder(greenhouse, "salary_min")).isEqualTo("pay_input_ranges[0].min_cents / 100");
        assertThat(feeder(greenhouse, "location")).isEqualTo("location.name");
        JsonNode brazil = report.get("files").get(1);
        assertThat(brazil.get("delimiter").asText()).isEqualTo(";");
        assertThat(brazil.get("export_format").asText()).isEqualTo("linkedin-brazil");
        assertThat(brazil.get("postings").asLong()).isEqualTo(3);
        assertThat(feeder(brazil, "work_mode")).isEqualTo("type_workplace");
        assertThat(brazil.get("unused_columns").toString()).contains("no_applicants", "company_size");
    }

    @Test
    void hintsAtColumnsThatLookLikeAFieldNothingReads() throws Exception {
        String file = "src/test/resources/formats/unread-columns.csv";
        String pay = "salary_year_avg, salary_rate look like pay; no salary column is read:"
                + " try --map salary=salary_year_avg --map salary_period=salary_rate";
        JsonNode report = new ObjectMapper().readTree(run("inspect", "-f", "json", file).out());

        JsonNode hints = report.get("files").get(0).get("hints");
        assertThat(hints.get(0).asText()).isEqualTo(pay);
        assertThat(hints.toString()).contains("--map posted_at=job_posted_on", "--map skills=tools_required",
                "--map work_mode=telework_option");
        JsonNode problem = report.get("input").get("problems").get(0);
        assertThat(problem.get("kind").asText()).isEqualTo("unread_posted_at_columns");
        // one example per distinct hint, counted for every posting it concerns
        assertThat(problem.get("count").asLong()).isEqualTo(2);
        assertThat(problem.get("examples")).hasSize(1);
        assertThat(run("inspect", file).out()).contains("Hint: " + pay, "unread_salary_columns");

        // the --map the hints name reads what was unread
        JsonNode mapped = new ObjectMapper().readTree(run("inspect", "-f", "json", file, "--map", "salary=salary_year_avg",
                "--map", "salary_period=salary_rate", "--map", "posted_at=job_posted_on", "--map", "skills=tools_required",
                "--map", "work_mode=telework_option").out());
        assertThat(mapped.get("files").get(0).get("hints")).isEmpty();
        assertThat(mapped.get("input").get("problems")).isEmpty();
        assertThat(share(mapped.get("coverage"), "salary_valid")).isEqualTo("1/2");
        assertThat(share(mapped.get("coverage"), "work_mode")).isEqualTo("2/2");
        assertThat(share(mapped.get("coverage"), "posted_at")).isEqualTo("2/2");
    }

    @Test
    void saysSoWhenMostPostingsGetNoRoleAndNamesTheColumnsThatLookLikeTitles() throws Exception {
        java.nio.file.Path dir = java.nio.file.Files.createTempDirectory("hints");
        java.nio.file.Path csv = dir.resolve("jobs.csv");
        java.nio.file.Files.writeString(csv, "name,Job Designation,company\nAcme Corp,Backend Engineer,Acme\n"
                + "Globex Inc,DevOps Engineer,Globex\nInitech,Data Engineer,Initech\n");

        String out = run("inspect", csv.toString()).out();

        assertThat(out).contains("Most postings matched no role (3 of 3): job designation looks like titles:"
                + " try --map \"title=job designation\"");
        assertThat(out).contains("Hint: job designation looks like titles");
        String fixed = run("roles", csv.toString(), "--map", "title=Job Designation").out();
        assertThat(fixed).contains("Backend Developer", "DevOps Engineer", "Data Engineer").doesNotContain("Most postings");
    }

    @Test
    void countsHowMuchOfEachFieldCameOut() throws Exception {
        JsonNode report = new ObjectMapper().readTree(run("inspect", "-f", "json", PYTHON_LISTS).out());

        JsonNode coverage = report.get("coverage");
        assertThat(share(coverage, "role")).isEqualTo("3/3");
        assertThat(share(coverage, "country")).isEqualTo("2/3");
        assertThat(share(coverage, "salary_stated")).isEqualTo("3/3");
        assertThat(share(coverage, "salary_valid")).isEqualTo("1/3");
        assertThat(share(report.get("salary_sources"), "text")).isEqualTo("3/3");
        assertThat(report.get("salary_failures").get(0).get("key").asText()).isEqualTo("Competitive");
        assertThat(report.get("files").get(0).get("export_format").isNull()).isTrue();
        assertThat(report.get("input").get("unmapped_skills").get(0).get("key").asText()).isEqualTo("o'reilly tools");
    }

    @Test
    void listsTheTitlesNoRoleMatched() throws Exception {
        JsonNode report = new ObjectMapper().readTree(
                run("inspect", "-f", "json", "src/test/resources/formats/linkedin-postings.csv").out());

        assertThat(report.get("input").get("unmatched_titles").get(0).get("key").asText())
                .isEqualTo("marketing coordinator");
    }

    @Test
    void goldenTableAndMarkdown() throws Exception {
        Cli.assertGolden("inspect-formats", Cli.TEXT, "inspect", GREENHOUSE, BRAZIL);
    }

    @Test
    void aTopBelowOneIsAUsageError() {
        assertThat(Cli.usageError("inspect", "--top", "0", GREENHOUSE)).startsWith("postings: --top must be at least 1");
    }

    private static String feeder(JsonNode file, String field) {
        for (JsonNode feed : file.get("fields")) {
            if (feed.get("field").asText().equals(field)) {
                return feed.get("columns").get(0).get("key").asText();
            }
        }
        throw new AssertionError("no field " + field);
    }

    private static String share(JsonNode shares, String key) {
        for (JsonNode s : shares) {
            if (s.get("key").asText().equals(key)) {
                return s.get("count").asLong() + "/" + s.get("of").asLong();
            }
        }
        throw new AssertionError("no " + key);
    }
}
