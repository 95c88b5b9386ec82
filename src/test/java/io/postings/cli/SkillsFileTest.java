package io.postings.cli;

import static io.postings.cli.Cli.run;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Skills from a separate long table ({@code --skills-file}, the Kaggle LinkedIn layout of
 * {@code postings.csv} + {@code job_skills.csv}) and, for postings without rows there or
 * without any skills column, from the description, end to end through picocli.
 * Backend: 3900000001 (IT, ENG), 3900000002 (IT), 3900000003 (no rows: "Python and AWS"),
 * 3900000004 (IT, XYZ). DevOps: 3900000011 (IT, ENG), 3900000012 (no rows), 3900000013 (ENG).
 */
class SkillsFileTest {
    private static final String POSTINGS = fixture("postings.csv");
    private static final String JOB_SKILLS = fixture("job_skills.csv");

    @TempDir
    Path dir;

    private static String fixture(String name) {
        Path path = Path.of("src", "test", "resources", "skills", "kaggle", name);
        if (!Files.isRegularFile(path)) {
            throw new IllegalStateException("missing fixture " + path);
        }
        return path.toString();
    }

    private static JsonNode compare(String... extra) throws Exception {
        List<String> args = new ArrayList<>(List.of("compare", "--a", "Backend Developer", "--b", "DevOps Engineer",
                "--format", "json"));
        args.addAll(List.of(extra));
        return Cli.json(args.toArray(String[]::new));
    }

    private static List<String> keys(JsonNode shares) {
        List<String> keys = new ArrayList<>();
        shares.forEach(s -> keys.add(s.get("key").asText()));
        return keys;
    }

    @Test
    void theLongTableIsJoinedByPostingIdAndTheDescriptionFillsTheRest() throws Exception {
        JsonNode report = compare("--skills-file", JOB_SKILLS, POSTINGS);

        JsonNode a = report.get("a");
        assertThat(a.get("postings").asLong()).isEqualTo(4);
        assertThat(a.get("top_skill").get("key").asText()).isEqualTo("Information Technology");
        assertThat(a.get("top_skill").get("count").asLong()).isEqualTo(3);
        assertThat(keys(a.get("top_skills")))
                .containsExactlyInAnyOrder("Information Technology", "AWS", "Engineering", "Python", "xyz");
        JsonNode b = report.get("b");
        assertThat(b.get("top_skill").get("key").asText()).isEqualTo("Engineering");
        assertThat(b.get("top_skill").get("count").asLong()).isEqualTo(2);
        assertThat(keys(b.get("top_skills"))).contains("Terraform", "Kubernetes", "CI/CD", "GitHub Actions")
                .doesNotContain("Ansible");
        JsonNode unmapped = report.get("input").get("unmapped_skills");
        assertThat(keys(unmapped)).containsExactly("xyz");
        assertThat(unmapped.get(0).get("count").asLong()).isEqualTo(1);
    }

    @Test
    void withoutTheTableEverySkillComesFromTheDescriptions() throws Exception {
        JsonNode report = compare(POSTINGS);

        assertThat(keys(report.get("a").get("top_skills")))
                .containsExactlyInAnyOrder("APIs", "AWS", "Go", "Java", "Kafka", "PostgreSQL", "Python", "Scala", "Spark");
        assertThat(report.get("b").get("top_skill").get("key").asText()).isEqualTo("Kubernetes");
        assertThat(report.get("b").get("top_skill").get("count").asLong()).isEqualTo(2);
        assertThat(report.get("input").get("unmapped_skills")).isEmpty();
    }

    @Test
    void aSkillsColumnWinsOverTheDescription() throws Exception {
        Path csv = Files.writeString(dir.resolve("jobs.csv"), """
                id,title,skills,description
                1,Backend Developer,k8s;golang,Python and Rust
                2,Backend Developer,,Python and Rust
                3,DevOps Engineer,,Let's go!
                """);

        JsonNode report = compare(csv.toString());

        assertThat(keys(report.get("a").get("top_skills"))).containsExactlyInAnyOrder("Go", "Kubernetes", "Python", "Rust");
        assertThat(report.get("b").get("top_skills")).isEmpty();
    }

    @Test
    void aMissingTableIsAnInputError() {
        Cli.Result r = run("compare", "--a", "Backend Developer", "--b", "DevOps Engineer",
                "--skills-file", dir.resolve("nope.csv").toString(), POSTINGS);

        assertThat(r.code()).isEqualTo(ExitCodes.INPUT);
        assertThat(r.err()).startsWith("postings: ").contains("nope.csv").contains("no such file");
        assertThat(r.out()).isEmpty();
    }

    @Test
    void aTableWithoutIdsIsAnInputErrorNamingTheOption() throws Exception {
        Path table = Files.writeString(dir.resolve("skills.csv"), "posting,skill_abr\n1,IT\n");

        Cli.Result r = run("roles", "--skills-file", table.toString(), POSTINGS);

        assertThat(r.code()).isEqualTo(ExitCodes.INPUT);
        assertThat(r.err()).isEqualTo("postings: " + table + ": --skills-file needs a posting id column (job_id, id, ...)\n");
    }

    @Test
    void standardInputIsNotATable() {
        Cli.Result r = run("compare", "--a", "Backend Developer", "--b", "DevOps Engineer", "--skills-file", "-", POSTINGS);

        assertThat(r.code()).isEqualTo(ExitCodes.USAGE);
        assertThat(r.err()).contains("--skills-file");
    }

    /**
     * A tilde-delimited export that never quotes, its skills in a long table keyed by (job title,
     * company name) with no id column: read whole, joined by --join title,company.
     */
    @Test
    void aTableWithoutIdsJoinsByTitleAndCompany() throws Exception {
        Path postings = dir.resolve("jobs.csv");
        Files.writeString(postings, "Job Title~Company Name~Location~Description\n"
                + "Senior \"Rockstar\" Backend Engineer~Acme~Austin, TX~\"Fast\" paced team\n"
                + "DevOps Engineer~Globex~Denver, CO~We say \"hi\"\n"
                + "Backend Engineer~Initech~Boston, MA~Python and AWS\n");
        Path skills = dir.resolve("skills.csv");
        Files.writeString(skills, "job_title~company_name~skill\n"
                + "Senior \"Rockstar\" Backend Engineer~Acme~Go\nSenior \"Rockstar\" Backend Engineer~Acme~k8s\n"
                + "DevOps Engineer~Globex~Terraform\n");

        JsonNode report = compare("--skills-file", skills.toString(), "--join", "title,company", postings.toString());

        assertThat(report.get("input").get("rejected").asLong()).isZero();
        assertThat(report.get("a").get("postings").asLong()).isEqualTo(2);
        assertThat(keys(report.get("a").get("top_skills"))).containsExactlyInAnyOrder("Go", "Kubernetes", "Python", "AWS");
        assertThat(keys(report.get("b").get("top_skills"))).containsExactly("Terraform");
    }

    /** --quote and --join are recorded (only when given) and replayed by check: without them the skills would drift. */
    @Test
    void checkReplaysTheQuoteAndTheJoin() throws Exception {
        Path postings = dir.resolve("jobs.csv");
        Files.writeString(postings, "Job Title~Company Name~Location~Description\n"
                + "Backend Engineer~Acme~Austin, TX~\"Fast\" paced team\n"
                + "DevOps Engineer~Globex~Denver, CO~We say \"hi\"\n");
        Path skills = dir.resolve("skills.csv");
        Files.writeString(skills, "job_title~company_name~skill\nBackend Engineer~Acme~Go\nDevOps Engineer~Globex~Terraform\n");
        Path saved = dir.resolve("saved.json");
        Cli.Result made = run("compare", "--a", "Backend Developer", "--b", "DevOps Engineer", "-f", "json", "-o",
                saved.toString(), "--skills-file", skills.toString(), "--join", "title,company", "--quote", "none",
                postings.toString());
        assertThat(made.code()).as(made.err()).isZero();
        JsonNode parameters = new com.fasterxml.jackson.databind.ObjectMapper().readTree(saved.toFile()).get("parameters");
        assertThat(parameters.get("join").asText()).isEqualTo("title,company");
        assertThat(parameters.get("quote").asText()).isEqualTo("none");
        assertThat(compare(POSTINGS).get("parameters").has("quote")).isFalse();

        Cli.Result check = run("check", "--allow-outside", saved.toString());

        assertThat(check.out()).contains("OK: no value drifted");
        assertThat(check.code()).as(check.out() + check.err()).isZero();
    }

    @Test
    void joinAndQuoteOptionsAreChecked() {
        assertThat(run("roles", "--join", "title,company", POSTINGS).code()).isEqualTo(2);
        Cli.Result unknown = run("roles", "--skills-file", JOB_SKILLS, "--join", "title,colour", POSTINGS);
        assertThat(unknown.code()).isEqualTo(2);
        assertThat(unknown.err()).contains("--join: unknown field 'colour'");
        Cli.Result quote = run("roles", "--quote", "ab", POSTINGS);
        assertThat(quote.code()).isEqualTo(2);
        assertThat(quote.err()).contains("--quote takes one ASCII character or none");
        Cli.Result wide = run("roles", "--quote", "\u00ab", POSTINGS);
        assertThat(wide.code()).isEqualTo(2);
        assertThat(wide.err()).contains("--quote takes one ASCII character or none, not '\u00ab'");
    }
}
