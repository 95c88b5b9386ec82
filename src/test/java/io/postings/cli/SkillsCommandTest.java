package io.postings.cli;

import static io.postings.cli.Cli.resource;
import static io.postings.cli.Cli.run;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class SkillsCommandTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    private static JsonNode skills(String... extra) throws Exception {
        List<String> args = new ArrayList<>(List.of("skills", "--role", "backend developer", "-f", "json"));
        args.addAll(List.of(extra));
        return Cli.json(args.toArray(String[]::new));
    }

    @Test
    void everySkillWithCountShareAndPay() throws Exception {
        // Backend b1-b6: AWS 4 (b1 b2 b3 b5), Java 3, Go 2 (b3 golang, b5), Docker, Kafka, Kubernetes, SQL 1 each.
        // US salaries: b1 150,000 (AWS Java Docker), b2 140,400 (AWS Kafka), b5 200,000 (Kubernetes Go AWS).
        JsonNode report = skills("--min-n", "2", resource("small.csv"));
        assertThat(report.get("schema").asText()).isEqualTo("postings.skills/1");
        assertThat(report.get("role").asText()).isEqualTo("Backend Developer");
        assertThat(report.get("postings").asInt()).isEqualTo(6);
        JsonNode all = report.get("skills");
        assertThat(all).hasSize(7);
        JsonNode aws = all.get(0);
        assertThat(aws.get("skill").asText()).isEqualTo("AWS");
        assertThat(aws.get("count").asInt()).isEqualTo(4);
        assertThat(aws.get("share").asDouble()).isEqualTo(4.0 / 6);
        assertThat(aws.get("n").asInt()).isEqualTo(3);
        assertThat(aws.get("median").asDouble()).isEqualTo(150_000);
        assertThat(aws.get("premium").asDouble()).isZero();
        JsonNode java = all.get(1);
        assertThat(java.get("skill").asText()).isEqualTo("Java");
        assertThat(java.get("n").asInt()).as("b1 only: b4 has no US salary, b6 is out of range").isEqualTo(1);
        assertThat(java.get("median").isNull()).as("n below --min-n").isTrue();
        assertThat(java.get("premium").isNull()).isTrue();
    }

    @Test
    void sortByPayPutsSkillsWithAMedianFirst() throws Exception {
        JsonNode all = skills("--min-n", "1", "--sort", "pay", resource("small.csv")).get("skills");
        List<String> order = new ArrayList<>();
        all.forEach(s -> order.add(s.get("skill").asText()));
        // Go and Kubernetes 200,000 (n=1), then AWS 150,000 (n=3), Docker and Java 150,000 (n=1), Kafka 140,400; SQL has none.
        assertThat(order).containsExactly("Go", "Kubernetes", "AWS", "Docker", "Java", "Kafka", "SQL");
        assertThat(all.get(6).get("median").isNull()).isTrue();
    }

    @Test
    void theSampleAgreesWithCompare() throws Exception {
        JsonNode skills = skills("--sort", "pay");
        JsonNode compare = JSON.readTree(run("compare", "--a", "Backend Developer", "--b", "DevOps Engineer", "-f", "json").out());
        JsonNode fromCompare = compare.at("/a/skill_salaries");
        for (int i = 0; i < fromCompare.size(); i++) {
            JsonNode line = skills.get("skills").get(i);
            assertThat(line.get("skill").asText()).isEqualTo(fromCompare.get(i).get("skill").asText());
            assertThat(line.get("median").asDouble()).isEqualTo(fromCompare.get(i).get("median").asDouble());
            assertThat(line.get("n").asLong()).isEqualTo(fromCompare.get(i).get("n").asLong());
        }
        assertThat(skills.get("skills").get(fromCompare.size()).get("median").isNull()).isTrue();
        assertThat(skills.get("skills").size()).isEqualTo(compare.at("/a/skill_count").asInt());
    }

    @Test
    void goldenTableAndMarkdown() throws Exception {
        Cli.assertGolden("skills-small", Cli.TEXT, "skills", "--role", "Backend Developer", "--min-n", "1", "--sort", "pay",
                resource("small.csv"));
    }

    @Test
    void badSortIsAUsageError() {
        Cli.Result r = run("skills", "--role", "Backend Developer", "--sort", "salary", resource("small.csv"));
        assertThat(r.code()).isEqualTo(ExitCodes.USAGE);
        assertThat(r.err()).isEqualTo("postings: --sort must be share or pay, not 'salary'\n");
    }
}
