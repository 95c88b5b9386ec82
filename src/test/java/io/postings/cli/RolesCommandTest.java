package io.postings.cli;

import static io.postings.cli.Cli.resource;
import static io.postings.cli.Cli.run;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

class RolesCommandTest {

    @Test
    void listsRolesByPostingsThenName() throws Exception {
        Cli.Result r = run("roles", "--format", "json", resource("small.csv"));

        assertThat(r.code()).isZero();
        JsonNode report = new ObjectMapper().readTree(r.out());
        assertThat(report.get("schema").asText()).isEqualTo("postings.roles/1");
        assertThat(report.get("roles").get(0).get("role").asText()).isEqualTo("Backend Developer");
        assertThat(report.get("roles").get(0).get("postings").asLong()).isEqualTo(6);
        assertThat(report.get("roles").get(1).get("role").asText()).isEqualTo("DevOps Engineer");
        assertThat(report.get("roles")).hasSize(2);
        assertThat(report.get("input").get("without_role").asLong()).isEqualTo(1);
    }

    @Test
    void goldenTableAndMarkdown() throws Exception {
        Cli.assertGolden("roles-small", Cli.TEXT, "roles", resource("small.csv"));
    }
}
