package io.postings.normalize;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
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

        SkillTaxonomy extended = SkillTaxonomy.load("+" + file);

        assertThat(extended.canonical("weaving")).isEqualTo("Basket Weaving");
        assertThat(extended.canonical("go")).isEqualTo("Golang");
        assertThat(extended.canonical("k8s")).isEqualTo("Kubernetes");
    }

    @Test
    void aFileReplacesTheDefaults() throws IOException {
        Path file = Files.writeString(dir.resolve("skills.txt"), "Basket Weaving | weaving\n");

        SkillTaxonomy replaced = SkillTaxonomy.load(file.toString());

        assertThat(replaced.names()).containsExactly("Basket Weaving");
        assertThat(replaced.canonical("k8s")).isNull();
    }
}
