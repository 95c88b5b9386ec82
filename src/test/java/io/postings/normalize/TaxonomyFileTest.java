package io.postings.normalize;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TaxonomyFileTest {
    @TempDir
    Path dir;

    @Test
    void readsEntriesSkippingCommentsBlankLinesAndEmptyCells() throws IOException {
        Path file = Files.writeString(dir.resolve("t.txt"), """
                # comment
                Kubernetes | k8s |  | kube

                  Go|golang  \s
                |
                """);

        assertThat(TaxonomyFile.file(file)).containsExactly(
                List.of("Kubernetes", "k8s", "kube"),
                List.of("Go", "golang"));
    }

    @Test
    void readsTheBundledResources() {
        assertThat(TaxonomyFile.resource("roles.txt")).extracting(e -> e.get(0)).contains("Backend Developer");
        assertThat(TaxonomyFile.resource("columns.txt")).allSatisfy(e -> assertThat(Field.of(e.get(0))).isNotNull());
    }

    @Test
    void aMissingResourceIsAnError() {
        assertThatThrownBy(() -> TaxonomyFile.resource("nope.txt")).isInstanceOf(IllegalStateException.class);
    }
}
