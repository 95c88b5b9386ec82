package io.postings.engine.pass;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.postings.input.RawRecord;
import io.postings.input.RecordReader;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * A producer that dies (out of memory, a bug, a failure while handing over a batch) still
 * ends the consumer's wait with its failure: the pass never parks forever on the queue, and
 * nothing prints a thread's raw stack trace.
 */
class ReadAheadDeathTest {

    /** {@code good} records, then {@code death} thrown from next(). */
    private static RecordReader dying(int good, Error death) {
        return new RecordReader() {
            private int line;

            @Override
            public RawRecord next() {
                if (line < good) {
                    line++;
                    return new RawRecord("f", line, Map.of("id", "r" + line));
                }
                throw death;
            }

            @Override
            public void close() {
            }
        };
    }

    private static long drain(ReadAhead ahead) throws IOException {
        long n = 0;
        while (ahead.next() != null) {
            n++;
        }
        return n;
    }

    @Test
    @Timeout(30)
    void anOutOfMemoryErrorInTheReaderReachesTheConsumerQuietly() throws IOException {
        assertThat(standardErrorOf(() -> {
            for (int good : new int[] {0, 1, 255, 256, 10_000}) {
                ReadAhead.Deferred deferred = new ReadAhead.Deferred();
                try (ReadAhead ahead = new ReadAhead(dying(good, new OutOfMemoryError("Java heap space")), deferred,
                        deferred, "f")) {
                    assertThatThrownBy(() -> drain(ahead)).as("after %d records", good)
                            .isInstanceOf(OutOfMemoryError.class).hasMessage("Java heap space");
                }
            }
        })).doesNotContain("Exception in thread");
    }

    @Test
    @Timeout(30)
    void aFailureInThePreparingStageEndsTheChainToo() throws IOException {
        ReadAhead.Deferred deferred = new ReadAhead.Deferred();
        ReadAhead.Deferred prepared = new ReadAhead.Deferred();
        try (ReadAhead read = new ReadAhead(dying(1000, new StackOverflowError()), deferred, prepared, "f");
             ReadAhead ahead = new ReadAhead(read, prepared, deferred, "f", r -> {
                 if (r.line() == 700) {
                     throw new OutOfMemoryError("in prepare");
                 }
                 return r.line();
             })) {
            assertThatThrownBy(() -> drain(ahead)).isInstanceOf(OutOfMemoryError.class).hasMessage("in prepare");
        }
    }

    @Test
    @Timeout(30)
    void aPreparingThreadOrAProducerThatDiesEndsTheWaitWhenSeveralThreadsPrepare() throws IOException {
        assertThat(standardErrorOf(() -> {
            // A preparing thread dies at record 700, while the producer goes on reading.
            ReadAhead.Deferred deferred = new ReadAhead.Deferred();
            try (ReadAhead ahead = new ReadAhead(dying(100_000, new StackOverflowError()), deferred, deferred, "f",
                    r -> r.line(), new ReadAhead.Fanout(3, () -> true, k -> r -> {
                        if (r.line() == 700) {
                            throw new OutOfMemoryError("in a preparing thread");
                        }
                        return r.line();
                    }))) {
                assertThatThrownBy(() -> drain(ahead)).isInstanceOf(OutOfMemoryError.class)
                        .hasMessage("in a preparing thread");
            }
            // The producer dies after any number of records, in whichever thread's turn.
            for (int good : new int[] {0, 1, 255, 256, 10_000}) {
                ReadAhead.Deferred d = new ReadAhead.Deferred();
                try (ReadAhead ahead = new ReadAhead(dying(good, new OutOfMemoryError("Java heap space")), d, d, "f",
                        r -> r.line(), new ReadAhead.Fanout(3, () -> true, k -> r -> r.line()))) {
                    assertThatThrownBy(() -> drain(ahead)).as("after %d records", good)
                            .isInstanceOf(OutOfMemoryError.class).hasMessage("Java heap space");
                }
            }
        })).doesNotContain("Exception in thread");
    }

    private interface Body {
        void run() throws IOException;
    }

    /** What {@code body} and the threads it started wrote to standard error while it ran. */
    private static String standardErrorOf(Body body) throws IOException {
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        PrintStream old = System.err;
        System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
        try {
            body.run();
        } finally {
            System.setErr(old);
        }
        return err.toString(StandardCharsets.UTF_8);
    }
}
