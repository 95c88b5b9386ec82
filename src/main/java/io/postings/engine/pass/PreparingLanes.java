package io.postings.engine.pass;

import io.postings.input.RawRecord;
import java.io.InterruptedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;

/**
 * The preparing threads of a {@link ReadAhead.Fanout}: batch n goes to thread n mod k, which
 * prepares its raw records and puts it on its own way out, where the consumer takes batch n
 * back, so batches come back in the order they were read. Each way holds {@link ReadAhead#AHEAD}
 * / k batches (at least one), so the records in flight stay about those of one preparing thread
 * (a young collection copies every one of them).
 */
final class PreparingLanes {
    private final ReadAhead.Fanout fanout;
    private final Thread[] threads;
    private final List<BlockingQueue<List<Object>>> in = new ArrayList<>();
    private final List<BlockingQueue<List<Object>>> out = new ArrayList<>();
    private volatile Throwable failure;
    private volatile boolean producerLost;
    /** Started with the first batch handed to them, on the producer's thread. */
    private volatile boolean started;
    private long put;
    private long taken;

    PreparingLanes(ReadAhead.Fanout fanout, String name) {
        this.fanout = fanout;
        int k = fanout.threads();
        int room = Math.max(1, ReadAhead.AHEAD / k);
        threads = new Thread[k];
        for (int i = 0; i < k; i++) {
            in.add(new ArrayBlockingQueue<>(room));
            out.add(new ArrayBlockingQueue<>(room));
            int lane = i;
            threads[i] = ReadAhead.daemon(() -> work(lane), "postings-prepare-" + (i + 1) + " " + name);
        }
    }

    boolean handsOff() {
        return fanout.handOff().getAsBoolean();
    }

    private void start() {
        for (Thread t : threads) {
            t.start();
        }
        started = true;
    }

    private void work(int lane) {
        Function<RawRecord, Object> prepareHere = null;
        try {
            while (true) {
                List<Object> batch = in.get(lane).take();
                for (int i = 0, n = batch.size(); i < n; i++) {
                    if (batch.get(i) instanceof RawRecord record) {
                        try {
                            if (prepareHere == null) {
                                prepareHere = fanout.prepare().apply(lane);
                            }
                            batch.set(i, new ReadAhead.Ready(record, prepareHere.apply(record)));
                        } catch (VirtualMachineError e) {
                            throw e;
                        } catch (Throwable e) {
                            // As on one thread: the failure reaches the pass at this record, and nothing after it.
                            batch.set(i, new ReadAhead.Failure(e));
                            batch.subList(i + 1, n).clear();
                            break;
                        }
                    }
                }
                out.get(lane).put(batch);
            }
        } catch (InterruptedException e) {
            // Closed: nobody wants the rest.
        } catch (Throwable e) {
            failure = e;
            out.get(lane).offer(List.of(new ReadAhead.Failure(e)));
        }
    }

    /** Hands the next batch to its thread (the producer's thread only). */
    void put(List<Object> batch) throws InterruptedException {
        if (!started) {
            start();
        }
        in.get((int) (put++ % threads.length)).put(batch);
    }

    /**
     * The dying producer's last batch, in its turn: the consumer drains the lanes, so there will
     * be room. If even that fails (out of memory), the consumer is told not to wait for it.
     */
    void handOver(List<Object> deathNotice) {
        try {
            put(deathNotice);
        } catch (Throwable e) {
            producerLost = true;
        }
    }

    /**
     * Batch n, from thread n mod k (the consumer's thread only); null when it will never come:
     * its thread died ({@link #failure}), or {@code producer} died and its end was lost.
     */
    List<Object> take(Thread producer) throws InterruptedIOException {
        int lane = (int) (taken % threads.length);
        BlockingQueue<List<Object>> from = out.get(lane);
        try {
            while (true) {
                List<Object> batch = from.poll(200, TimeUnit.MILLISECONDS);
                if (batch == null && (started && !threads[lane].isAlive() || producerLost && !producer.isAlive())) {
                    // Nothing more will be put: what is there is the last.
                    batch = from.poll();
                    if (batch == null) {
                        return null;
                    }
                }
                if (batch != null) {
                    taken++;
                    return batch;
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new InterruptedIOException("interrupted while reading");
        }
    }

    /** What killed a preparing thread, or null. */
    Throwable failure() {
        return failure;
    }

    void interrupt() {
        for (Thread t : threads) {
            t.interrupt();
        }
    }

    void join() throws InterruptedException {
        for (Thread t : threads) {
            t.join(5_000);
        }
    }
}
