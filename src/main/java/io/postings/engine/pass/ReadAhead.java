package io.postings.engine.pass;

import io.postings.input.ProblemKind;
import io.postings.input.RawRecord;
import io.postings.input.RecordReader;
import io.postings.input.RejectListener;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * Runs a reader on a thread of its own, optionally with a preparation of each record after
 * it, while the consumer works on what came before: stages of the pass overlap on several
 * cores, and two of these in a row make three stages. Nothing else changes: records, rejected
 * rows and failures reach the consumer in exactly the order the reader produced them, because
 * the reader's reports travel in the same batches as its records and are replayed on the
 * consumer's thread just before the record they preceded.
 */
final class ReadAhead implements RecordReader {
    private static final int BATCH = 256;
    /**
     * Batches a stage may run ahead of the next. Records waiting in the queues are live, so each
     * young collection copied all of them, and they outlived enough collections to fill the old
     * generation: with 32 (16k records in flight over two queues) the 1M-row compare paused
     * 422 ms in collections and peaked at some 225 MiB; with 8, 278 ms and 205 MiB, at the same
     * speed (docs/performance.md, round 6).
     */
    static final int AHEAD = 8;
    private static final Object END = new Object();

    /** A report of the reader, held until the pass reaches it. */
    private record Report(String source, long line, ProblemKind kind, String text, boolean rejected) {
    }

    record Failure(Throwable error) {
    }

    /** A record and what {@link #prepare} made of it on the reading thread. */
    record Ready(RawRecord record, Object prepared) {
    }

    /** Collects the reader's reports into the batch being filled (called on whichever thread runs the reader). */
    static final class Deferred implements RejectListener {
        private List<Object> into = new ArrayList<>();

        @Override
        public void rejected(String source, long line, ProblemKind reason, String raw) {
            into.add(new Report(source, line, reason, raw, true));
        }

        @Override
        public void damaged(String source, long line, ProblemKind kind, String detail) {
            into.add(new Report(source, line, kind, detail, false));
        }
    }

    private final RecordReader reader;
    private final Deferred deferred;
    private final RejectListener target;
    private final BlockingQueue<List<Object>> batches = new ArrayBlockingQueue<>(AHEAD);
    private final Thread thread;
    private final Function<RawRecord, Object> prepare;
    /** The threads that prepare batches after {@link Fanout#handOff}, or null when this stage's thread prepares all. */
    private final PreparingLanes lanes;
    private Object prepared;
    /** Batches the producer has handed over (its thread only) and the consumer has taken (its thread only). */
    private long handed;
    private long received;
    private Consumer<Object> arrival;
    private List<Object> current = List.of();
    private int at;
    private boolean ended;

    /**
     * @param reader   a reader opened with {@code deferred} as its reject listener
     * @param target   where the reports go, on the pass's thread
     */
    ReadAhead(RecordReader reader, Deferred deferred, RejectListener target, String name) {
        this(reader, deferred, target, name, null);
    }

    /**
     * As above, also applying {@code prepare} to each record on the reading thread, in input
     * order, so that work which needs no state of the pass runs beside it; {@link #prepared()}
     * gives the result. What {@code prepare} throws reaches the pass at that record.
     */
    ReadAhead(RecordReader reader, Deferred deferred, RejectListener target, String name,
            Function<RawRecord, Object> prepare) {
        this(reader, deferred, target, name, prepare, null);
    }

    /**
     * As above, and once {@code fanout} says so, the records are no longer prepared on this
     * stage's thread but on {@link Fanout#threads} threads of their own, a batch each in turn,
     * and taken back in the same turn: the consumer sees what it would see with one thread. The
     * first batch is always prepared here, so an input of one batch starts no thread (many small
     * files would pay for threads that prepare nothing).
     */
    ReadAhead(RecordReader reader, Deferred deferred, RejectListener target, String name,
            Function<RawRecord, Object> prepare, Fanout fanout) {
        this.prepare = prepare;
        this.reader = reader;
        this.deferred = deferred;
        this.target = target;
        this.lanes = fanout == null || fanout.threads() < 2 ? null : new PreparingLanes(fanout, name);
        this.thread = daemon(this::produce, (prepare == null ? "postings-read " : "postings-prepare ") + name);
        thread.start();
    }

    static Thread daemon(Runnable run, String name) {
        Thread t = new Thread(run, name);
        t.setDaemon(true);
        // Whatever escapes is handed to the consumer as the failure: no "Exception in thread" lines.
        t.setUncaughtExceptionHandler((x, e) -> { });
        return t;
    }

    /**
     * Preparing on several threads, once the stage's own preparation has settled what it learns
     * from the first records (an input's format).
     *
     * @param threads  how many threads prepare (below 2: this stage's thread does it all)
     * @param handOff  asked on this stage's thread before each record: true once the records
     *                 that follow may be prepared by the other threads (it stays true)
     * @param prepare  thread k's preparation, made on thread k when it first needs one
     */
    record Fanout(int threads, java.util.function.BooleanSupplier handOff,
            java.util.function.IntFunction<Function<RawRecord, Object>> prepare) {
    }

    /** What ended the producer other than the end of the input (set before it hands over {@link #deathNotice}). */
    private volatile Throwable producerFailure;
    /**
     * Made before the thread starts, so that a producer dying of OutOfMemoryError can still
     * hand the consumer its end: a failure item needs no allocation then.
     */
    private final List<Object> deathNotice = List.of(DIED);
    private static final Object DIED = new Object();

    private void produce() {
        boolean handedOver = false;
        try {
            // Reports made while the reader was being opened are already in deferred.into: they go first.
            List<Object> batch = deferred.into;
            while (true) {
                Object item;
                try {
                    RawRecord record = reader.next();
                    item = record == null ? END : prepare == null ? record
                            // Handed over raw: a preparing thread makes it Ready.
                            : lanes != null && handed > 0 && lanes.handsOff() ? record
                            : new Ready(record, prepare.apply(record));
                } catch (VirtualMachineError e) {
                    throw e;
                } catch (Throwable e) {
                    item = new Failure(e);
                }
                batch.add(item);
                boolean more = item instanceof RawRecord || item instanceof Ready;
                if (more && batch.size() < BATCH) {
                    continue;
                }
                put(batch);
                if (!more) {
                    handedOver = true;
                    return;
                }
                batch = new ArrayList<>(BATCH + 8);
                deferred.into = batch;
            }
        } catch (InterruptedException e) {
            // The pass stopped early (close): nobody wants the rest.
            handedOver = true;
        } catch (Throwable e) {
            // Out of memory, or a bug: the consumer gets it as the failure, never a thread's raw stack trace.
            producerFailure = e;
        } finally {
            if (!handedOver) {
                if (producerFailure == null) {
                    producerFailure = new IllegalStateException("the reading thread stopped");
                }
                // Room or not, the consumer also polls for a dead producer (see next()).
                if (lanes == null || handed == 0) {
                    batches.offer(deathNotice);
                } else {
                    lanes.handOver(deathNotice);
                }
            }
        }
    }

    private void put(List<Object> batch) throws InterruptedException {
        if (lanes == null || handed == 0) {
            batches.put(batch);
        } else {
            lanes.put(batch);
        }
        handed++;
    }

    @Override
    public RawRecord next() throws IOException {
        while (!ended) {
            if (at == current.size()) {
                current = take();
                received++;
                at = 0;
                if (arrival != null) {
                    arrived(current);
                }
            }
            Object item = current.get(at++);
            if (item instanceof RawRecord record) {
                return record;
            }
            if (item instanceof Ready ready) {
                prepared = ready.prepared();
                return ready.record();
            }
            if (item instanceof Report r) {
                if (r.rejected()) {
                    target.rejected(r.source(), r.line(), r.kind(), r.text());
                } else {
                    target.damaged(r.source(), r.line(), r.kind(), r.text());
                }
            } else if (item instanceof Failure f) {
                ended = true;
                rethrow(f.error());
            } else if (item == DIED) {
                ended = true;
                rethrow(producerFailure);
            } else {
                ended = true;
            }
        }
        return null;
    }

    /** The next batch; a producer that died without handing one over ends the wait with its failure. */
    private List<Object> take() throws IOException {
        if (lanes != null && received > 0) {
            List<Object> batch = lanes.take(thread);
            if (batch != null) {
                return batch;
            }
            ended = true;
            Throwable cause = lanes.failure() != null ? lanes.failure() : producerFailure;
            rethrow(cause != null ? cause : new IllegalStateException("the preparing threads stopped without a result"));
        }
        try {
            while (true) {
                List<Object> batch = batches.poll(200, java.util.concurrent.TimeUnit.MILLISECONDS);
                if (batch != null) {
                    return batch;
                }
                if (!thread.isAlive()) {
                    batch = batches.poll();
                    if (batch != null) {
                        return batch;
                    }
                    ended = true;
                    rethrow(producerFailure != null ? producerFailure
                            : new IllegalStateException("the reading thread stopped without a result"));
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new InterruptedIOException("interrupted while reading");
        }
    }

    private static void rethrow(Throwable e) throws IOException {
        if (e instanceof IOException io) {
            throw io;
        }
        if (e instanceof RuntimeException re) {
            throw re;
        }
        if (e instanceof Error err) {
            throw err;
        }
        throw new IOException(e);
    }

    /**
     * Tells {@code arrival} what the preparation made of each record of a batch as the batch
     * arrives, before {@link #next()} returns the first of them: the pass looks ahead with it.
     */
    void onArrival(Consumer<Object> arrival) {
        this.arrival = arrival;
    }

    private void arrived(List<Object> batch) {
        for (int i = 0, n = batch.size(); i < n; i++) {
            if (batch.get(i) instanceof Ready ready) {
                arrival.accept(ready.prepared());
            }
        }
    }

    /** What the preparation made of the record {@link #next()} returned last (null without one). */
    Object prepared() {
        return prepared;
    }

    @Override
    public String noRecords() {
        return reader.noRecords();
    }

    @Override
    public String whyRejected() {
        return reader.whyRejected();
    }

    @Override
    public void close() throws IOException {
        thread.interrupt();
        try {
            thread.join(5_000);
            // After the producer: it is what starts the preparing threads.
            if (lanes != null) {
                lanes.interrupt();
                lanes.join();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        reader.close();
    }
}
