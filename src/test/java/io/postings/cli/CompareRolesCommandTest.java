package io.postings.cli;

import static io.postings.cli.Cli.resource;
import static io.postings.cli.Cli.run;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

/** {@code compare --role A,B,C}: more than two roles side by side, on the bundled sample. */
class CompareRolesCommandTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String THREE = "Backend Developer,DevOps Engineer,Full-Stack Developer";

    @Test
    void everyRoleIsItsCompareProfileAndEveryPairItsCompareJaccard() throws Exception {
        JsonNode report = Cli.json("compare", "--role", THREE, "-f", "json");
        assertThat(report.get("schema").asText()).isEqualTo("postings.compare-roles/1");
        assertThat(report.get("roles")).extracting(n -> n.get("role").asText())
                .containsExactly("Backend Developer", "DevOps Engineer", "Full-Stack Developer");
        assertThat(report.get("pairs")).hasSize(3);

        JsonNode two = JSON.readTree(run("compare", "--a", "Backend Developer", "--b", "DevOps Engineer", "-f", "json").out());
        assertThat(report.get("roles").get(0)).isEqualTo(two.get("a"));
        assertThat(report.get("roles").get(1)).isEqualTo(two.get("b"));
        JsonNode pair = pair(report, "Backend Developer", "DevOps Engineer");
        assertThat(pair.get("jaccard")).isEqualTo(two.get("pair").get("jaccard"));
        assertThat(pair.get("intersection")).isEqualTo(two.get("pair").get("intersection"));

        // Ranked among these three only: 58% (Backend, Full-Stack), 43% (Backend, DevOps), 25% (DevOps, Full-Stack).
        assertThat(pair(report, "Backend Developer", "Full-Stack Developer").get("rank").asInt()).isEqualTo(1);
        assertThat(pair.get("rank").asInt()).isEqualTo(2);
        assertThat(pair(report, "DevOps Engineer", "Full-Stack Developer").get("rank").asInt()).isEqualTo(3);
    }

    @Test
    void repeatedRoleOptionsAreTheSameAsACommaList() {
        String listed = run("compare", "--role", THREE, "-f", "json").out();
        String repeated = run("compare", "--role", "backend developer", "--role", "DevOps Engineer",
                "--role", "Full-Stack Developer", "-f", "json").out();
        assertThat(repeated).isEqualTo(listed);
    }

    @Test
    void twoRolesGiveTheTwoRoleComparisonByteForByte() {
        String ab = run("compare", "--a", "Backend Developer", "--b", "DevOps Engineer", resource("small.csv")).out();
        String roles = run("compare", "--role", "Backend Developer,DevOps Engineer", resource("small.csv")).out();
        assertThat(roles).isEqualTo(ab);
    }

    @Test
    void goldenTableAndMarkdown() throws Exception {
        Cli.assertGolden("compare-roles-sample", Cli.TEXT, "compare", "--role", THREE);
    }

    @Test
    void theRolesMustBeGivenOneWayAndBeAtLeastTwo() {
        assertThat(Cli.usageError("compare", "--role", "Backend Developer", resource("small.csv")))
                .contains("--role needs at least two roles");

        assertThat(Cli.usageError("compare", "--a", "Backend Developer", "--role", "DevOps Engineer,Data Engineer",
                resource("small.csv"))).contains("either as --a and --b or as --role");

        assertThat(Cli.usageError("compare", resource("small.csv"))).contains("name two roles");

        // The same role twice.
        Cli.usageError("compare", "--role", "Backend Developer,backend developer", resource("small.csv"));

        assertThat(Cli.usageError("report", "--role", THREE, "--out", "target/never-written"))
                .contains("report compares two roles");
    }

    private static JsonNode pair(JsonNode report, String a, String b) {
        return Cli.pair(report, a, b, true);
    }
}
