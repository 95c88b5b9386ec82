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
import io.postings.normalize.ExportFormat;
import io.postings.normalize.Field;
import io.postings.normalize.Normalizer;
import io.postings.normalize.Posting;
import io.postings.report.InputFile;
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
        RejectListener listener = new RejectListener() {
            @Override
            public void rejected(String source, long line, ProblemKind reason, String raw) {
                rejectsOut.rejected(source, line, reason, raw);
                stats.rejected(source, line, reason, raw);
                if (firstReject == null) {
                    firstReject = "line " + line + ": " + reason.key();
                }
            }

            @Override
            public void damaged(String source, long line, ProblemKind kind, String detail) {
                stats.damaged(source, line, kind, detail);
            }
        };
        Deduplicator seen = new Deduplicator(dedupe);
        try {
            for (int i = 0; i < inputs.size(); i++) {
                read(i, inputs.get(i), listener, aggregation, seen, observer);
            }
        } catch (StrictFailure e) {
            throw new InputException(e.getMessage(), e);
        }
        stats.checkAccounting();
        return aggregation;
    }

    /** The first row of the input being read that was rejected, in words (the pass's thread only). */
    private String firstReject;

    private void read(int index, Source input, RejectListener listener, Aggregation aggregation, Deduplicator seen,
            Consumer<Posting> observer) throws IOException {
        InputStats stats = aggregation.stats();
        long before = stats.rowsRead();
        long kept = 0;
        firstReject = null;
        RecordPreparer records = new RecordPreparer(normalizer, input.name());
        // Three threads in a row: one reads (decodes and splits records), one prepares them
        // (de-duplicates and normalizes), and this one counts and aggregates. The reader's reports
        // pass through the middle one in order, so they still reach the stats just before their record.
        ReadAhead.Deferred deferred = new ReadAhead.Deferred();
        ReadAhead.Deferred prepared = new ReadAhead.Deferred();
        Checksum[] sum = new Checksum[1];
        try (RecordReader reader = opener.open(input, deferred, opened -> {
                 sum[0] = opened.checksum();
                 watcher.opened(input, opened);
             });
             ReadAhead read = new ReadAhead(reader, deferred, prepared, input.name());
             ReadAhead ahead = new ReadAhead(read, prepared, listener, input.name(), r -> prepare(records, seen, r))) {
            RawRecord record;
            while ((record = next(ahead, input.name())) != null) {
                Prepared p = (Prepared) ahead.prepared();
                stats.rowRead();
                if ((stats.rowsRead() & (PROGRESS_EVERY - 1)) == 0) {
                    progress.rows(stats.rowsRead());
                }
                if (p.notice()) {
                    stats.notice(record.where(), record.values().toString());
                    continue;
                }
                kept++;
                if (p.duplicate()) {
                    stats.duplicate(record.where(), p.id());
                    continue;
                }
                Posting posting = p.posting();
                if (aggregation.offer(posting) != PostingFilter.KEPT) {
                    // Outside the window or the filters: counted as filtered out, its fields not analysed.
                    continue;
                }
                p.events().replay(stats);
                aggregation.accept(posting);
                observer.accept(posting);
                watcher.posting(record, posting);
            }
            watcher.finished(input, reader, records.format());
            if (stats.rowsRead() == before) {
                // An export that stopped after its header is a failed download far more often than a real answer.
                throw new InputException(input.name() + ": " + reader.noRecords());
            }
            if (kept == 0) {
                // Every row rejected: a report of zeros would hide a file read the wrong way.
                long rows = stats.rowsRead() - before;
                String why = ahead.whyRejected() != null ? ahead.whyRejected() : firstReject;
                throw new InputException(input.name() + ": every row was rejected (" + rows + (rows == 1 ? " row" : " rows")
                        + (why == null ? "" : "; " + why) + "), so the file gave no postings");
            }
            if (sum[0] != null) {
                Checksum.Sum whole = sum[0].finish();
                stats.source(index, new InputFile(input.name(), whole.bytes(), whole.sha256(), stats.rowsRead() - before));
            }
        } finally {
            if (sum[0] != null) {
                sum[0].release();
            }
        }
    }

    /**
     * A record as far as the preparing thread works it out, in input order: a notice, a
     * duplicate (of a record before it: the de-dup set lives on that thread), or a posting with
     * what the normalizer said about it, to be told to the stats when the pass reaches it. The
     * column map, the format sniffer and the de-dup set are used on that thread only.
     */
    private record Prepared(boolean notice, boolean duplicate, String id, Posting posting, NormalizeEvents events) {
        static final Prepared NOTICE = new Prepared(true, false, null, null, null);
    }

    private Prepared prepare(RecordPreparer records, Deduplicator seen, RawRecord record) {
        if (records.isNotice(record)) {
            return Prepared.NOTICE;
        }
        String id = records.id(record);
        boolean duplicate = dedupe == Deduplicator.Mode.CONTENT
                ? seen.isDuplicate(id, records.value(record, Field.COMPANY), records.value(record, Field.TITLE),
                        records.value(record, Field.LOCATION), records.value(record, Field.DESCRIPTION))
                : seen.isDuplicate(id, null, null, null, null);
        if (duplicate) {
            return new Prepared(false, true, id, null, null);
        }
        NormalizeEvents events = new NormalizeEvents();
        return new Prepared(false, false, id, records.normalize(record, events), events);
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
