package io.postings.engine.pass;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.postings.input.ProblemKind;
import io.postings.input.InputException;
import io.postings.input.RawRecord;
import io.postings.input.RecordReader;
import io.postings.input.RejectListener;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The read-ahead thread changes when records are read, never what the pass sees or in which order. */
class ReadAheadTest {

    /** Rows 1..n; every 7th is rejected before it is skipped; fails after row n when asked. */
    private static RecordReader reader(int n, RejectListener listener, boolean failAtEnd) {
        return new RecordReader() {
            private int line;

            @Override
            public RawRecord next() throws IOException {
                while (line < n) {
                    line++;
                    if (line % 7 == 0) {
                        listener.rejected("f", line, ProblemKind.WRONG_FIELD_COUNT, "raw " + line);
                        continue;
                    }
                    return new RawRecord("f", line, Map.of("id", "r" + line));
                }
                if (failAtEnd) {
                    throw new InputException("f: truncated gzip stream");
                }
                return null;
            }

            @Override
            public void close() {
            }
        };
    }

    private static List<String> drain(int n, boolean failAtEnd, List<String> seen) throws IOException {
        RejectListener log = (source, line, kind, raw) -> seen.add("reject " + line);
        ReadAhead.Deferred deferred = new ReadAhead.Deferred();
        try (ReadAhead ahead = new ReadAhead(reader(n, deferred, failAtEnd), deferred, log, "f")) {
            RawRecord r;
            while ((r = ahead.next()) != null) {
                seen.add("record " + r.line());
            }
        }
        return seen;
    }

    @Test
    void recordsAndReportsArriveInReaderOrder() throws IOException {
        List<String> direct = new ArrayList<>();
        RecordReader plain = reader(2_000, (source, line, kind, raw) -> direct.add("reject " + line), false);
        RawRecord r;
        while ((r = plain.next()) != null) {
            direct.add("record " + r.line());
        }

        assertThat(drain(2_000, false, new ArrayList<>())).isEqualTo(direct).hasSize(2_000);
    }

    @Test
    void aReaderFailureArrivesAfterEverythingReadBeforeIt() {
        List<String> seen = new ArrayList<>();

        assertThatThrownBy(() -> drain(600, true, seen)).isInstanceOf(InputException.class)
                .hasMessage("f: truncated gzip stream");
        assertThat(seen).hasSize(600).last().isEqualTo("record 600");
    }

    @Test
    void closingEarlyStopsTheReaderThread() throws IOException {
        ReadAhead.Deferred deferred = new ReadAhead.Deferred();
        ReadAhead ahead = new ReadAhead(reader(1_000_000, deferred, false), deferred, RejectListener.IGNORE, "f");
        assertThat(ahead.next()).isNotNull();
        ahead.close();
    }

    @Test
    void chainedWithAPreparationRecordsReportsAndPreparedValuesKeepReaderOrder() throws IOException {
        // As the pass runs: one thread reads, the next prepares, the reports travel through both.
        List<String> direct = drain(2_000, false, new ArrayList<>());
        List<String> seen = new ArrayList<>();
        List<String> threads = new ArrayList<>();
        ReadAhead.Deferred deferred = new ReadAhead.Deferred();
        ReadAhead.Deferred prepared = new ReadAhead.Deferred();
        try (ReadAhead read = new ReadAhead(reader(2_000, deferred, false), deferred, prepared, "f");
             ReadAhead ahead = new ReadAhead(read, prepared, (source, line, kind, raw) -> seen.add("reject " + line), "f",
                     r -> {
                         threads.add(Thread.currentThread().getName());
                         return "prepared " + r.line();
                     })) {
            RawRecord r;
            while ((r = ahead.next()) != null) {
                assertThat(ahead.prepared()).isEqualTo("prepared " + r.line());
                seen.add("record " + r.line());
            }
        }

        assertThat(seen).isEqualTo(direct);
        assertThat(threads).hasSize(1_715).containsOnly("postings-prepare f");
    }

    @Test
    void whatThePreparationThrowsArrivesAtItsRecord() {
        List<String> seen = new ArrayList<>();
        ReadAhead.Deferred deferred = new ReadAhead.Deferred();

        assertThatThrownBy(() -> {
            try (ReadAhead ahead = new ReadAhead(reader(1_000, deferred, false), deferred, RejectListener.IGNORE, "f",
                    r -> {
                        if (r.line() == 500) {
                            throw new IllegalStateException("cannot prepare 500");
                        }
                        return null;
                    })) {
                RawRecord r;
                while ((r = ahead.next()) != null) {
                    seen.add("record " + r.line());
                }
            }
        }).isInstanceOf(IllegalStateException.class).hasMessage("cannot prepare 500");
        assertThat(seen).last().isEqualTo("record 499");
    }

    @Test
    void theArrivalHookSeesEveryPreparedValueInOrderBeforeItsRecordIsReturned() throws IOException {
        List<Object> arrived = new ArrayList<>();
        List<String> returned = new ArrayList<>();
        ReadAhead.Deferred deferred = new ReadAhead.Deferred();
        try (ReadAhead ahead = new ReadAhead(reader(2_000, deferred, false), deferred, RejectListener.IGNORE, "f",
                r -> "prepared " + r.line())) {
            ahead.onArrival(arrived::add);
            RawRecord r;
            while ((r = ahead.next()) != null) {
                String mine = "prepared " + r.line();
                assertThat(arrived).contains(mine);
                returned.add(mine);
            }
        }

        assertThat(arrived).isEqualTo(returned).hasSize(1_715);
    }

    /** Drains a stage that prepares on {@code threads} threads once {@code handOffAfter} records have been prepared. */
    private static List<String> drainFannedOut(int n, int threads, int handOffAfter, List<String> where)
            throws IOException {
        List<String> seen = new ArrayList<>();
        ReadAhead.Deferred deferred = new ReadAhead.Deferred();
        ReadAhead.Deferred prepared = new ReadAhead.Deferred();
        int[] preparedHere = new int[1];
        java.util.function.Function<RawRecord, Object> prepare = r -> {
            synchronized (where) {
                where.add(Thread.currentThread().getName());
            }
            return "prepared " + r.line();
        };
        ReadAhead.Fanout fanout = new ReadAhead.Fanout(threads, () -> preparedHere[0] >= handOffAfter, k -> prepare);
        try (ReadAhead read = new ReadAhead(reader(n, deferred, false), deferred, prepared, "f");
             ReadAhead ahead = new ReadAhead(read, prepared, (source, line, kind, raw) -> seen.add("reject " + line), "f",
                     r -> {
                         preparedHere[0]++;
                         return prepare.apply(r);
                     }, fanout)) {
            RawRecord r;
            while ((r = ahead.next()) != null) {
                assertThat(ahead.prepared()).isEqualTo("prepared " + r.line());
                seen.add("record " + r.line());
            }
        }
        return seen;
    }

    @Test
    void preparedOnSeveralThreadsRecordsReportsAndPreparedValuesKeepReaderOrder() throws IOException {
        List<String> direct = drain(5_000, false, new ArrayList<>());
        for (int threads : new int[] {2, 3, 4}) {
            List<String> where = new ArrayList<>();

            assertThat(drainFannedOut(5_000, threads, 600, where)).as("%d threads", threads).isEqualTo(direct);
            // The first 600 on the stage's own thread, in order; the rest shared by the others.
            assertThat(where.subList(0, 600)).containsOnly("postings-prepare f");
            assertThat(where.subList(600, where.size())).doesNotContain("postings-prepare f")
                    .hasSize(4_286 - 600).containsAll(java.util.stream.IntStream.rangeClosed(1, threads)
                            .mapToObj(k -> "postings-prepare-" + k + " f").toList());
        }
    }

    @Test
    void theFirstBatchIsPreparedOnTheStagesOwnThreadSoAnInputOfOneBatchStartsNoOther() throws IOException {
        List<String> where = new ArrayList<>();

        // 250 rows, of which 36 rejected: one batch of 250 items, ended by the input's end.
        assertThat(drainFannedOut(250, 4, 0, where)).isEqualTo(drain(250, false, new ArrayList<>()));
        assertThat(where).hasSize(215).containsOnly("postings-prepare f");
        List<String> many = new ArrayList<>();
        assertThat(drainFannedOut(2_000, 4, 0, many)).isEqualTo(drain(2_000, false, new ArrayList<>()));
        assertThat(many.subList(0, 200)).containsOnly("postings-prepare f");
        assertThat(many).contains("postings-prepare-1 f");
    }

    @Test
    void whatAPreparingThreadThrowsArrivesAtItsRecordAndNothingAfterIt() throws IOException {
        List<String> direct = drain(3_000, false, new ArrayList<>());
        List<String> progress = new ArrayList<>();
        ReadAhead.Deferred deferred = new ReadAhead.Deferred();
        assertThatThrownBy(() -> {
            try (ReadAhead ahead = new ReadAhead(reader(5_000, deferred, false), deferred,
                    (source, line, kind, raw) -> progress.add("reject " + line), "f", r -> "here",
                    new ReadAhead.Fanout(4, () -> true, k -> r -> {
                        if (r.line() == 3_001) {
                            throw new IllegalStateException("cannot prepare 3001");
                        }
                        return "there";
                    }))) {
                RawRecord r;
                while ((r = ahead.next()) != null) {
                    progress.add("record " + r.line());
                }
            }
        }).isInstanceOf(IllegalStateException.class).hasMessage("cannot prepare 3001");
        // Everything before record 3001, reports included, and nothing after it.
        assertThat(progress).isEqualTo(direct).last().isEqualTo("record 3000");
    }

    @Test
    void closingEarlyStopsThePreparingThreads() throws Exception {
        ReadAhead.Deferred deferred = new ReadAhead.Deferred();
        ReadAhead ahead = new ReadAhead(reader(1_000_000, deferred, false), deferred, RejectListener.IGNORE, "early",
                r -> null, new ReadAhead.Fanout(3, () -> true, k -> r -> null));
        assertThat(ahead.next()).isNotNull();
        ahead.close();

        assertThat(Thread.getAllStackTraces().keySet()).map(Thread::getName)
                .noneMatch(name -> name.startsWith("postings-prepare") && name.endsWith(" early"));
    }
}
