package io.postings.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The writers read report records only: render imports no stage before the report (input, normalize, engine) nor the CLI. */
class RenderDependenciesTest {
    @Test
    void renderImportsOnlyReportAndItself() throws IOException {
        List<String> imports;
        try (Stream<Path> files = Files.list(Path.of("src", "main", "java", "io", "postings", "render"))) {
            imports = files.flatMap(RenderDependenciesTest::lines)
                    .filter(l -> l.startsWith("import io.postings.") || l.startsWith("import static io.postings."))
                    .filter(l -> !l.matches("import (static )?io\\.postings\\.(report|render)\\..*"))
                    .toList();
        }
        assertThat(imports).isEmpty();
    }

    private static Stream<String> lines(Path file) {
        try {
            return Files.readAllLines(file).stream().map(String::strip);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
