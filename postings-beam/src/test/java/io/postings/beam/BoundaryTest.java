package io.postings.beam;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The pipeline shares the tool's engine, not its command line: no source of the pipeline names
 * a class of {@code io.postings.cli} or picocli (the build leaves picocli off its classpath, but
 * a command class that does not touch picocli would still compile).
 */
class BoundaryTest {
    @Test
    void thePipelineUsesNoCommandLineClass() throws IOException {
        Path sources = Path.of("src/main/java");
        List<String> offenders;
        try (Stream<Path> files = Files.walk(sources)) {
            offenders = files.filter(f -> f.toString().endsWith(".java"))
                    .filter(BoundaryTest::namesTheCommandLine)
                    .map(f -> sources.relativize(f).toString())
                    .toList();
        }
        assertThat(offenders).as("pipeline sources naming io.postings.cli or picocli").isEmpty();
    }

    @Test
    void theCheckSeesACommandLineClass() {
        assertThat(namesTheCommandLine("import io.postings.cli.Main;")).isTrue();
        assertThat(namesTheCommandLine("x = io.postings.cli.ExitCodes.USAGE;")).isTrue();
        assertThat(namesTheCommandLine("import picocli.CommandLine;")).isTrue();
        assertThat(namesTheCommandLine("import io.postings.engine.pass.Pipeline;")).isFalse();
    }

    private static boolean namesTheCommandLine(Path file) {
        try {
            return namesTheCommandLine(Files.readString(file));
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static boolean namesTheCommandLine(String source) {
        return source.contains("io.postings.cli.") || source.contains("picocli.");
    }
}
