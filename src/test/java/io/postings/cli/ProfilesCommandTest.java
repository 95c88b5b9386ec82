package io.postings.cli;

import static io.postings.cli.Cli.resource;
import static io.postings.cli.Cli.run;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

class ProfilesCommandTest {

    @Test
    void everyRoleHasTheProfileCompareShowsForIt() throws Exception {
        Cli.Result profiles = run("profiles", "--format", "json", resource("small.csv"));
        Cli.Result compare = run("compare", "--a", "Backend Developer", "--b", "DevOps Engineer", "--format", "json",
                resource("small.csv"));

        assertThat(profiles.code()).isZero();
        ObjectMapper json = new ObjectMapper();
        JsonNode report = json.readTree(profiles.out());
        JsonNode pair = json.readTree(compare.out());
        assertThat(report.get("schema").asText()).isEqualTo("postings.profiles/1");
        assertThat(report.get("roles")).hasSize(2);
        assertThat(report.get("roles").get(0)).isEqualTo(pair.get("a"));
        assertThat(report.get("roles").get(1)).isEqualTo(pair.get("b"));
        assertThat(report.get("input")).isEqualTo(pair.get("input"));
        assertThat(report.get("taxonomy")).isEqualTo(pair.get("taxonomy"));
    }

    @Test
    void goldenTableAndMarkdown() throws Exception {
        Cli.assertGolden("profiles-small", Cli.TEXT, "profiles", resource("small.csv"));
    }

    @Test
    void aBadLimitIsAUsageError() {
        assertThat(Cli.usageError("profiles", "--top", "0", resource("small.csv")))
                .contains("--top, --min-n and --top-k must be at least 1");
    }
}
