package io.postings.normalize;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SkillTaxonomyTest {
    private final SkillTaxonomy skills = SkillTaxonomy.defaults();

    @TempDir
    Path dir;

    @ParameterizedTest(name = "\"{0}\" is {1}")
    @CsvSource(delimiter = '|', textBlock = """
            k8s                     | Kubernetes
            K8S                     | Kubernetes
            golang                  | Go
            Go                      | Go
            Postgres                | PostgreSQL
            Amazon Web Services     | AWS
            '  amazon   WEB services '  | AWS
            node                    | Node.js
            sklearn                 | scikit-learn
            C++                     | C++
            c#                      | C#
            .net core               | .NET
            Python                  | Python
            nodejs                  | Node.js
            Apache Kafka            | Kafka
            Google Cloud Platform   | GCP
            Postgresql database     | PostgreSQL
            ruby on rails           | Ruby on Rails
            react.js                | React
            rest                    | RESTful APIs
            containers              | Containers
            cv                      | Computer Vision
            Python (Programming Language) | Python
            etl (extração, transformação e carregamento) | ETL
            IT                      | Information Technology
            SALE                    | Sales
            ENG                     | Engineering
            PRDM                    | Product Management
            QA                      | Quality Assurance
            """)
    void mapsAliasesToCanonicalNamesCaseInsensitively(String raw, String canonical) {
        assertThat(skills.canonical(raw)).isEqualTo(canonical);
    }

    @Test
    void anUnknownNameMapsToNothing() {
        assertThat(skills.canonical("Underwater Basket Weaving")).isNull();
        assertThat(skills.canonical("")).isNull();
    }

    @Test
    void namesAreTheCanonicalNamesInFileOrder() {
        assertThat(skills.names()).startsWith("Python", "Java").contains("Kubernetes", "scikit-learn")
                .doesNotContain("k8s");
    }

    @Test
    void plusFileExtendsTheDefaultsAndItsAliasesTakePrecedence() throws IOException {
        Path file = Files.writeString(dir.resolve("skills.txt"), """
                Basket Weaving | weaving
                Golang | go
                """);

        SkillTaxonomy extended = SkillTaxonomy.load(TaxonomySpec.parse("+" + file));

        assertThat(extended.canonical("weaving")).isEqualTo("Basket Weaving");
        assertThat(extended.canonical("go")).isEqualTo("Golang");
        assertThat(extended.canonical("k8s")).isEqualTo("Kubernetes");
    }

    @Test
    void aFileReplacesTheDefaults() throws IOException {
        Path file = Files.writeString(dir.resolve("skills.txt"), "Basket Weaving | weaving\n");

        SkillTaxonomy replaced = SkillTaxonomy.load(TaxonomySpec.parse(file.toString()));

        assertThat(replaced.names()).containsExactly("Basket Weaving");
        assertThat(replaced.canonical("k8s")).isNull();
    }

    /** Every skill the published articles name (docs/published-figures.md), so their numbers can be reproduced. */
    private static final List<String> PUBLISHED = List.of(
            "AWS", "CI/CD", "APIs", "Docker", "Kubernetes", "Java", "Microservices", "Python", "Scalability",
            "Distributed Systems", "PostgreSQL", "SQL", "Monitoring", "Agile", "Observability", "Kafka", "Spring",
            "MySQL", "Terraform", "Redis", "RESTful APIs", "Debugging", "TypeScript", "NoSQL", "Automation",
            "Infrastructure as Code", "Linux", "Bash", "Jenkins", "Ansible", "GitLab", "Prometheus", "Grafana",
            "GitHub Actions", "Azure DevOps", "C++", "Prototyping", "C#", "Scrum", "React", "Code Review", "Angular",
            "CSS", "HTML", "User Experience", "Rust", "Generative AI", "Data Modeling", "OpenAI", "LLMs",
            "Machine Learning", "Go", "Pulumi", "OpenTelemetry", "PagerDuty", "Datadog", "Lambda", "ECS", "RAG",
            "GitOps", "IAM", "Computer Vision", "Sentry", "Deep Learning");

    @Test
    void everyPublishedSkillIsACanonicalName() {
        assertThat(skills.names()).containsAll(PUBLISHED);
        for (String name : skills.names()) {
            assertThat(skills.canonical(name)).as(name).isEqualTo(name);
        }
    }

    @Test
    void atLeast300SkillsAreFoundInText() {
        Set<Integer> searched = skills.patterns().stream()
                .filter(p -> p.match() != SkillPattern.Match.STOP)
                .map(SkillPattern::skill)
                .collect(Collectors.toSet());
        assertThat(searched).hasSizeGreaterThanOrEqualTo(300);
        assertThat(skills.names()).hasSizeGreaterThan(searched.size()); // the list-only job functions
    }

    @Test
    void noAliasNamesTwoSkills() {
        Map<String, String> owner = new HashMap<>();
        for (List<String> entry : TaxonomyFile.resource("skills.txt")) {
            String name = entry.get(0).replaceFirst("^[?~]+", "");
            for (String cell : entry) {
                if (cell.startsWith("!")) {
                    continue;
                }
                String alias = Text.fold(cell.replaceFirst("^[?~]+", ""));
                String before = owner.putIfAbsent(alias, name);
                assertThat(before == null || before.equals(name)).as(alias + " under " + before + " and " + name).isTrue();
            }
        }
        assertThat(owner).hasSizeGreaterThan(1_000);
    }

    @Test
    void markersShapeTextSearchButNotListMapping() {
        assertThat(skills.canonical("go")).isEqualTo("Go");
        assertThat(skills.canonical("series c")).as("a stop phrase is no alias").isNull();
        assertThat(skills.patterns()).contains(
                new SkillPattern("Go", indexOf("Go"), SkillPattern.Match.AS_WRITTEN),
                new SkillPattern("golang", indexOf("Go"), SkillPattern.Match.ANY_CASE),
                new SkillPattern("series c", -1, SkillPattern.Match.STOP),
                new SkillPattern("Communication", indexOf("Communication"), SkillPattern.Match.AS_WRITTEN));
        assertThat(skills.patterns()).extracting(SkillPattern::text)
                .doesNotContain("rest", "containers", "cv", "IT", "Information Technology", "Aurora");
    }

    @Test
    void aLineOfStopPhrasesOnlyAddsNoSkill() throws IOException {
        Path file = Files.writeString(dir.resolve("skills.txt"), """
                # comment
                !crow bar | !crowbar
                ?Crow | crow lang
                """);
        SkillTaxonomy own = SkillTaxonomy.load(TaxonomySpec.parse(file.toString()));

        assertThat(own.names()).containsExactly("Crow");
        assertThat(own.canonical("CROW")).isEqualTo("Crow");
        assertThat(own.patterns()).extracting(SkillPattern::match)
                .containsExactly(SkillPattern.Match.STOP, SkillPattern.Match.STOP,
                        SkillPattern.Match.AS_WRITTEN, SkillPattern.Match.ANY_CASE);
    }

    private int indexOf(String name) {
        return List.copyOf(skills.names()).indexOf(name);
    }
}
