package io.postings.engine;

import io.postings.input.InputException;
import io.postings.input.InputOpener;
import io.postings.input.Opened;
import io.postings.input.RawRecord;
import io.postings.input.RecordReader;
import io.postings.input.RejectListener;
import io.postings.input.Source;
import io.postings.normalize.ExportFormat;
import io.postings.normalize.Field;
import io.postings.normalize.Normalizer;
import io.postings.normalize.Posting;
import java.io.IOException;
import java.util.List;
import java.util.function.Consumer;

/**
 * One pass over the inputs: read each record, normalize it, drop duplicates, and feed the
 * aggregation. The only loop over the data; every number comes out of what it fills.
 */
public final class Pipeline {
    private final InputOpener opener;
    private final Normalizer normalizer;
    private final Deduplicator.Mode dedupe;
    private Progress progress = Progress.NONE;
    private boolean strict;
    private RejectListener rejectsOut = RejectListener.IGNORE;

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
        default void opened(Source input, Opened opened) {
        }

        default void posting(RawRecord record, Posting posting) {
        }

        default void finished(Source input, RecordReader reader, ExportFormat format) {
        }
    }

    private Observer watcher = new Observer() { };

    public Pipeline observe(Observer observer) {
        this.watcher = observer;
        return this;
    }

    /** With {@code true}, the first damaged row ends the run with an {@link InputException} (see {@link InputStats#isDamage}). */
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
        Aggregation aggregation = new Aggregation();
        InputStats stats = aggregation.stats();
        stats.strict(strict);
        RejectListener listener = new RejectListener() {
            @Override
            public void rejected(String source, long line, String kind, String raw) {
                rejectsOut.rejected(source, line, kind, raw);
                stats.rejected(source, line, kind, raw);
            }

            @Override
            public void damaged(String source, long line, String kind, String detail) {
                stats.damaged(source, line, kind, detail);
            }
        };
        Deduplicator seen = new Deduplicator(dedupe);
        try {
            for (Source input : inputs) {
                read(input, listener, aggregation, seen, observer);
            }
        } catch (StrictFailure e) {
            throw new InputException(e.getMessage(), e);
        }
        stats.checkAccounting();
        return aggregation;
    }

    private void read(Source input, RejectListener listener, Aggregation aggregation, Deduplicator seen,
            Consumer<Posting> observer) throws IOException {
        InputStats stats = aggregation.stats();
        long before = stats.rowsRead();
        InputNormalizer records = new InputNormalizer(normalizer, input.name());
        ReadAhead.Deferred deferred = new ReadAhead.Deferred();
        try (RecordReader reader = opener.open(input, deferred, opened -> watcher.opened(input, opened));
             ReadAhead ahead = new ReadAhead(reader, deferred, listener, input.name())) {
            RawRecord record;
            while ((record = next(ahead, input.name())) != null) {
                stats.rowRead();
                if ((stats.rowsRead() & (PROGRESS_EVERY - 1)) == 0) {
                    progress.rows(stats.rowsRead());
                }
                if (records.isNotice(record)) {
                    stats.notice(record.where(), record.values().toString());
                    continue;
                }
                String id = records.id(record);
                boolean duplicate = dedupe == Deduplicator.Mode.CONTENT
                        ? seen.isDuplicate(id, records.value(record, Field.COMPANY), records.value(record, Field.TITLE),
                                records.value(record, Field.LOCATION), records.value(record, Field.DESCRIPTION))
                        : seen.isDuplicate(id, null, null, null, null);
                if (duplicate) {
                    stats.duplicate(record.where(), id);
                    continue;
                }
                Posting posting = records.normalize(record, stats);
                aggregation.accept(posting);
                observer.accept(posting);
                watcher.posting(record, posting);
            }
            watcher.finished(input, reader, records.format());
            if (stats.rowsRead() == before) {
                // An export that stopped after its header is a failed download far more often than a real answer.
                throw new InputException(input.name() + ": " + reader.noRecords());
            }
        }
    }

    private static RawRecord next(RecordReader reader, String input) throws IOException {
        try {
            return reader.next();
        } catch (InputException e) {
            throw e;
        } catch (java.io.EOFException e) {
            throw new InputException(input + ": truncated input (" + e.getMessage() + ")", e);
        } catch (IOException e) {
            throw new InputException(input + ": " + e.getMessage(), e);
        }
    }
}
