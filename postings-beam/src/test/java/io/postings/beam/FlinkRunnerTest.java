package io.postings.beam;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.beam.sdk.PipelineResult;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The pipeline on a real engine: Apache Flink's embedded local cluster ({@code --runner=FlinkRunner
 * --flinkMaster=[local]}: a job manager and task slots in this JVM, with Flink's own serialization,
 * shuffles and operator chaining), on a million generated rows in 16 files, against the CLI byte for
 * byte.
 *
 * <p>Tagged {@code flink}: it runs only in the postings-beam/flink module (the slow phase, {@code -Pslow}),
 * which compiles these sources against the Beam release the Flink runner comes in; this module's Beam
 * has no Flink runner to put on the classpath.
 */
@Tag("slow")
@Tag("flink")
class FlinkRunnerTest {
    @TempDir
    Path tmp;

    @Test
    void aMillionRowsInSixteenFilesOnFlinkGiveTheClisBytes() throws IOException {
        // Half the files gzipped; duplicates land in other files than their first read, so the de-dup shuffle matters.
        Path dir = Files.createDirectories(tmp.resolve("parts"));
        List<Path> parts = CliParity.split(CliParity.generated(tmp.resolve("generated.csv"), 1_000_000), dir, 16);

        PipelineResult result = CliParity.assertSameAsCli(parts, dir + "/part-*", tmp.resolve("out"),
                "--runner=FlinkRunner", "--flinkMaster=[local]");

        // Ran on Flink, not on a fallback runner.
        assertThat(result.getClass().getName()).startsWith("org.apache.beam.runners.flink.");
    }
}
