package io.postings.engine.pass;

import io.postings.engine.aggregate.Aggregation;
import io.postings.engine.aggregate.InputStats;
import io.postings.engine.aggregate.PostingFilter;
import io.postings.engine.aggregate.StrictFailure;
import io.postings.input.Checksum;
import io.postings.input.InputException;
import io.postings.input.InputOpener;
import io.postings.input.Opened;
import io.postings.input.ProblemKind;
import io.postings.input.RawRecord;
import io.postings.input.RecordReader;
import io.postings.input.RejectListener;
import io.postings.input.Source;
import io.postings.normalize.ColumnUse;
import io.postings.normalize.ExportFormat;
import io.postings.normalize.Normalizer;
import io.postings.normalize.Posting;
import java.io.IOException;
import java.util.List;
import java.util.function.Consumer;

/**
 * One pass over the inputs: read each record, normalize it, drop duplicates, leave out what the
 * window and filters exclude, and feed the aggregation. The only loop over the data; every number comes out of what it fills.
 */
public final class Pipeline {
    private final InputOpener opener;
    private final Normalizer normalizer;
    private final Deduplicator.Mode dedupe;
    private PostingFilter filter = PostingFilter.NONE;
    private Progress progress = Progress.NONE;
    private boolean strict;
    private RejectListener rejectsOut = RejectListener.IGNORE;
    private int prepareThreads = defaultPrepareThreads();
    /** The other preparing threads' normalizers, made on first need and kept for every input of the run. */
    private Normalizer[] siblings;

    /**
     * Told the rows read so far every {@link #PROGRESS_EVERY} rows, so that a progress indicator
     * costs the loop one mask test per row; it decides itself how often to redraw.
     */
    @FunctionalInterface
    public interface Progress {
        Progress NONE = rowsRead -> { };

        void rows(long rowsRead);
    }

    /** Rows between two {@link Progress} calls (a power of two). */
    public static final int PROGRESS_EVERY = 4096;

    public Pipeline(InputOpener opener, Normalizer normalizer, Deduplicator.Mode dedupe) {
        this.opener = opener;
        this.normalizer = normalizer;
        this.dedupe = dedupe;
    }

    public Pipeline progress(Progress progress) {
        this.progress = progress;
        return this;
    }

    /**
     * Told what the one pass sees, for {@code inspect}: each input as it is opened (what its
     * bytes are) and finished (its reader and recognised export format), and each distinct
     * posting with the record it came from.
     */
    public interface Observer {
        Observer NONE = new Observer() { };

        default void opened(Source input, Opened opened) {
        }

        default void posting(RawRecord record, Posting posting) {
        }

        /** True when {@link #posting(RawRecord, Posting, ColumnUse)} is to be told which columns fed each field. */
        default boolean wantsColumns() {
            return false;
        }

        /** As {@link #posting(RawRecord, Posting)}, with the columns that fed it (null unless {@link #wantsColumns}). */
        default void posting(RawRecord record, Posting posting, ColumnUse columns) {
            posting(record, posting);
        }

        default void finished(Source input, RecordReader reader, ExportFormat format) {
        }
    }

    private Observer watcher = Observer.NONE;

    public Pipeline observe(Observer observer) {
        this.watcher = observer;
        return this;
    }

    /**
     * The threads that prepare (normalize) records, beside the one that reads and the one that
     * aggregates. Any number gives the same result, byte for byte: batches are prepared in turn
     * and taken back in input order.
     */
    public Pipeline prepareThreads(int threads) {
        if (threads < 1) {
            throw new IllegalArgumentException("preparing threads must be at least 1, not " + threads);
        }
        this.prepareThreads = threads;
        return this;
    }

    /**
     * One preparing thread per core, at most {@link #MAX_PREPARE_THREADS}: on two cores, two
     * preparing threads beside the reading and the aggregating one were faster than one at 10M
     * rows (14.4 s against 16.7 s) and as fast at 1M; on one core, one is faster
     * (docs/performance.md, round 10).
     */
    public static int defaultPrepareThreads() {
        return Math.max(1, Math.min(MAX_PREPARE_THREADS, Runtime.getRuntime().availableProcessors()));
    }

    public static final int MAX_PREPARE_THREADS = 8;

    /** Analyse only the postings {@code filter} keeps; the others are counted as filtered out. */
    public Pipeline filter(PostingFilter filter) {
        this.filter = filter;
        return this;
    }

    /** With {@code true}, the first damaged row ends the run with an {@link InputException} (see {@link ProblemKind#isDamage}). */
    public Pipeline strict(boolean strict) {
        this.strict = strict;
        return this;
    }

    /** Also tells {@code sink} every rejected row, raw, as the readers report it (for --rejects). */
    public Pipeline rejects(RejectListener sink) {
        this.rejectsOut = sink;
        return this;
    }

    public Aggregation run(List<Source> inputs) throws IOException {
        return run(inputs, p -> { });
    }

    /** As {@link #run(List)}, also handing every distinct posting to {@code observer} (tests, exports). */
    public Aggregation run(List<Source> inputs, Consumer<Posting> observer) throws IOException {
        Aggregation aggregation = new Aggregation(filter);
        InputStats stats = aggregation.stats();
        stats.strict(strict);
        Deduplicator seen = new Deduplicator(dedupe);
        try {
            for (int i = 0; i < inputs.size(); i++) {
                read(i, inputs.get(i), aggregation, seen, observer);
            }
        } catch (StrictFailure e) {
            throw new InputException(e.getMessage(), e);
        }
        stats.checkAccounting();
        return aggregation;
    }

    /**
     * Several threads prepare the input's records once its first records have settled its format
     * (until then the one preparing thread does, in order); thread k keeps its preparer in
     * {@code workers[k]}. Null with one preparing thread.
     */
    private ReadAhead.Fanout fanout(RecordPreparer records, RecordPreparer[] workers, boolean columns,
            Deduplicator seen) {
        if (prepareThreads < 2) {
            return null;
        }
        boolean content = seen.content();
        return new ReadAhead.Fanout(prepareThreads, records::settled, k -> {
            RecordPreparer worker = records.worker(sibling(k));
            workers[k] = worker;
            return r -> worker.prepare(r, columns, content);
        });
    }

    /** Preparing thread k's normalizer, made when first needed (an input of one batch needs none). */
    private synchronized Normalizer sibling(int k) {
        if (siblings == null) {
            siblings = new Normalizer[prepareThreads];
        }
        if (siblings[k] == null) {
            siblings[k] = normalizer.sibling();
        }
        return siblings[k];
    }

    /** What the other preparing threads noted, taken in after they have stopped (the pass's close joins them). */
    private static void absorb(RecordPreparer records, RecordPreparer[] workers) {
        for (RecordPreparer worker : workers) {
            if (worker != null) {
                records.absorb(worker);
            }
        }
    }

    private void read(int index, Source input, Aggregation aggregation, Deduplicator seen, Consumer<Posting> observer)
            throws IOException {
        InputStats stats = aggregation.stats();
        FilePass pass = new FilePass(input.name(), stats, rejectsOut);
        RecordPreparer records = new RecordPreparer(normalizer, input.name());
        RecordPreparer[] workers = new RecordPreparer[prepareThreads];
        boolean columns = watcher.wantsColumns();
        // Three stages in a row: one thread reads (decodes and splits records), one or more
        // prepare them (find the id, normalize; several hand batches back in input order), and
        // this one de-duplicates, counts and aggregates. The reader's reports pass through the
        // middle stage in order, so they still reach the stats just before their record. The de-dup set's inserts (a cache miss each) are here, not
        // with the normalizing, because that thread was the pass's slowest (docs/performance.md, round 6).
        ReadAhead.Deferred deferred = new ReadAhead.Deferred();
        ReadAhead.Deferred prepared = new ReadAhead.Deferred();
        Checksum[] sum = new Checksum[1];
        try (RecordReader reader = opener.open(input, deferred, opened -> {
                 sum[0] = opened.checksum();
                 watcher.opened(input, opened);
             });
             ReadAhead read = new ReadAhead(reader, deferred, prepared, input.name());
             ReadAhead ahead = new ReadAhead(read, prepared, pass, input.name(),
                     r -> records.prepare(r, columns, seen.content()), fanout(records, workers, columns, seen))) {
            // A batch's de-dup slots are read as it arrives, so their cache misses overlap.
            ahead.onArrival(o -> {
                if (o instanceof Prepared p && p.id() != null) {
                    seen.warm(p.idKey());
                }
            });
            pass.read(ahead, r -> (Prepared) ahead.prepared(), progress, (record, p) -> {
                if (seen.isDuplicate(p.id(), p.idKey(), p.content())) {
                    stats.duplicate(record.where(), p.id());
                    return;
                }
                Posting posting = p.posting();
                if (aggregation.offer(posting) != PostingFilter.KEPT) {
                    // Outside the window or the filters: counted as filtered out, its fields not analysed.
                    return;
                }
                p.events().replay(stats);
                aggregation.accept(posting);
                observer.accept(posting);
                watcher.posting(record, posting, p.columns());
            });
            watcher.finished(input, reader, records.format());
            absorb(records, workers);
            if (sum[0] != null) {
                pass.source(index, sum[0]);
            }
        } finally {
            if (sum[0] != null) {
                sum[0].release();
            }
        }
    }
}
