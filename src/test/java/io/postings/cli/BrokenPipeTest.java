package io.postings.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

/**
 * {@code postings generate --rows 10000000 | head}: when the reader of standard output goes
 * away the command stops at once, prints nothing and exits 0; any other failure to write
 * standard output is an output error.
 */
class BrokenPipeTest {

    /** Takes {@code limit} bytes, then fails every write as the JDK does when the pipe's reader is gone. */
    private static final class ClosingPipe extends OutputStream {
        final int limit;
        final String error;
        long written;
        int failedWrites;

        ClosingPipe(int limit, String error) {
            this.limit = limit;
            this.error = error;
        }

        @Override
        public void write(int b) throws IOException {
            write(new byte[] {(byte) b}, 0, 1);
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            if (written + len > limit) {
                failedWrites++;
                throw new IOException(error);
            }
            written += len;
        }
    }

    private static <T> T withStderr(ByteArrayOutputStream err, Supplier<T> body) {
        PrintStream old = System.err;
        System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
        try {
            return body.get();
        } finally {
            System.setErr(old);
        }
    }

    @Test
    void aClosedPipeStopsTheGeneratorAtOnceQuietlyWithExitZero() {
        ClosingPipe pipe = new ClosingPipe(64 << 10, "Broken pipe");
        ByteArrayOutputStream err = new ByteArrayOutputStream();

        int code = withStderr(err, () -> Main.run(pipe, "generate", "--rows", "10000000"));

        assertThat(code).isZero();
        assertThat(err.toString(StandardCharsets.UTF_8)).isEmpty();
        assertThat(pipe.failedWrites).as("stopped at the first failed write").isEqualTo(1);
    }

    @Test
    void aClosedPipeDuringAReportIsNoErrorEither() {
        ClosingPipe pipe = new ClosingPipe(100, "Broken pipe");
        ByteArrayOutputStream err = new ByteArrayOutputStream();

        int code = withStderr(err, () -> Main.run(pipe, "roles", "src/test/resources/cli/small.csv"));

        assertThat(code).isZero();
        assertThat(err.toString(StandardCharsets.UTF_8)).isEmpty();
    }

    @Test
    void aClosedPipeInsideJsonIsNoErrorThoughJacksonWrapsIt() {
        // Jackson wraps a writer's failure in its own exception (with the path it was writing):
        // closed at different points of the document, it must still end quietly.
        for (int limit : new int[] {10, 600, 3000}) {
            ClosingPipe pipe = new ClosingPipe(limit, "Broken pipe");
            ByteArrayOutputStream err = new ByteArrayOutputStream();

            int code = withStderr(err, () -> Main.run(pipe, "compare", "--a", "Backend Developer", "--b",
                    "DevOps Engineer", "-f", "json", "samples/postings.csv.gz"));

            assertThat(code).as("closed after %d bytes", limit).isZero();
            assertThat(err.toString(StandardCharsets.UTF_8)).isEmpty();
        }
    }

    @Test
    void anyOtherWriteFailureIsAnOutputError() {
        ClosingPipe full = new ClosingPipe(64 << 10, "No space left on device");
        ByteArrayOutputStream err = new ByteArrayOutputStream();

        int code = withStderr(err, () -> Main.run(full, "generate", "--rows", "100000"));

        assertThat(code).isEqualTo(ExitCodes.OUTPUT);
        assertThat(err.toString(StandardCharsets.UTF_8))
                .isEqualTo("postings: standard output: cannot write (No space left on device)\n");
        assertThat(full.failedWrites).isEqualTo(1);
    }

    @Test
    void aRealPipeClosedByItsReaderEndsTheProcessWithExitZero() throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process process = new ProcessBuilder(List.of(java, "-cp", System.getProperty("java.class.path"),
                Main.class.getName(), "generate", "--rows", "50000000")).start();
        try (InputStream out = process.getInputStream()) {
            // Like head -n 2: read a little, then go away.
            byte[] some = out.readNBytes(4096);
            assertThat(new String(some, StandardCharsets.UTF_8)).startsWith("id,title,");
        }

        boolean ended = process.waitFor(60, TimeUnit.SECONDS);
        if (!ended) {
            process.destroyForcibly();
        }

        assertThat(ended).as("stopped instead of writing 50 million rows").isTrue();
        assertThat(process.exitValue()).isZero();
        assertThat(new String(process.getErrorStream().readAllBytes(), StandardCharsets.UTF_8)).isEmpty();
    }
}
