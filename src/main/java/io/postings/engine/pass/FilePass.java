package io.postings.engine.pass;

import io.postings.engine.aggregate.InputStats;
import io.postings.input.Checksum;
import io.postings.input.InputException;
import io.postings.input.ProblemKind;
import io.postings.input.RawRecord;
import io.postings.input.RecordReader;
import io.postings.input.RejectListener;
import io.postings.report.InputFile;
import java.io.EOFException;
import java.io.IOException;

/**
 * One input read to its end: the loop the one pass ({@link Pipeline}) and the Beam pipeline
 * share. Each record is counted, a notice of the source noted, every other record handed on
 * {@link Prepared}; a read error becomes an {@link InputException} naming the input; an input
 * with no records, or with every row rejected, fails (a report of zeros would hide a file read
 * the wrong way). As the reader's {@link RejectListener} it counts rejected and damaged rows.
 */
public final class FilePass implements RejectListener {
    /** What happens to each record that is not a notice. */
    @FunctionalInterface
    public interface Rows {
        void row(RawRecord record, Prepared prepared) throws IOException;
    }

    /** How a record comes prepared: worked out ahead on another thread (the one pass), or right here. */
    @FunctionalInterface
    public interface Preparation {
        Prepared of(RawRecord record);
    }

    private final String name;
    private final InputStats stats;
    private final RejectListener also;
    private final long before;
    /** The first row of the input that was rejected, in words. */
    private String firstReject;

    /** @param also told every rejected row too, raw (--rejects) */
    public FilePass(String name, InputStats stats, RejectListener also) {
        this.name = name;
        this.stats = stats;
        this.also = also;
        this.before = stats.rowsRead();
    }

    @Override
    public void rejected(String source, long line, ProblemKind kind, String raw) {
        also.rejected(source, line, kind, raw);
        stats.rejected(source, line, kind, raw);
        if (firstReject == null) {
            firstReject = "line " + line + ": " + kind.key();
        }
    }

    @Override
    public void damaged(String source, long line, ProblemKind kind, String detail) {
        stats.damaged(source, line, kind, detail);
    }

    /** Reads {@code reader} to its end, telling {@code progress} the rows read every {@link Pipeline#PROGRESS_EVERY}. */
    public void read(RecordReader reader, Preparation preparation, Pipeline.Progress progress, Rows rows)
            throws IOException {
        long kept = 0;
        RawRecord record;
        while ((record = next(reader)) != null) {
            Prepared p = preparation.of(record);
            stats.rowRead();
            if ((stats.rowsRead() & (Pipeline.PROGRESS_EVERY - 1)) == 0) {
                progress.rows(stats.rowsRead());
            }
            if (p.notice()) {
                stats.notice(record.where(), record.values().toString());
                continue;
            }
            kept++;
            rows.row(record, p);
        }
        if (stats.rowsRead() == before) {
            // An export that stopped after its header is a failed download far more often than a real answer.
            throw new InputException(name + ": " + reader.noRecords());
        }
        if (kept == 0) {
            long read = stats.rowsRead() - before;
            String why = reader.whyRejected() != null ? reader.whyRejected() : firstReject;
            throw new InputException(name + ": every row was rejected (" + read + (read == 1 ? " row" : " rows")
                    + (why == null ? "" : "; " + why) + "), so the file gave no postings");
        }
    }

    /** Records the input's bytes, checksum and rows read, once it is read to its end. */
    public void source(int index, Checksum sum) throws IOException {
        Checksum.Sum whole = sum.finish();
        stats.source(index, new InputFile(name, whole.bytes(), whole.sha256(), stats.rowsRead() - before));
    }

    private RawRecord next(RecordReader reader) throws IOException {
        try {
            return reader.next();
        } catch (InputException e) {
            throw e;
        } catch (EOFException e) {
            throw new InputException(name + ": truncated input (" + e.getMessage() + ")", e);
        } catch (IOException e) {
            throw new InputException(name + ": " + e.getMessage(), e);
        }
    }
}
