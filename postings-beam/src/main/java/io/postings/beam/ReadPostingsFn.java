package io.postings.beam;

import io.postings.engine.aggregate.InputStats;
import io.postings.engine.pass.RecordPreparer;
import io.postings.input.Checksum;
import io.postings.input.InputException;
import io.postings.input.InputOpener;
import io.postings.input.ProblemKind;
import io.postings.input.RawRecord;
import io.postings.input.RecordReader;
import io.postings.input.RejectListener;
import io.postings.normalize.Normalizer;
import io.postings.normalize.Posting;
import io.postings.report.InputFile;
import java.io.EOFException;
import java.io.IOException;
import java.nio.channels.Channels;
import org.apache.beam.sdk.io.FileSystems;
import org.apache.beam.sdk.transforms.DoFn;
import org.apache.beam.sdk.values.KV;
import org.apache.beam.sdk.values.TupleTag;

/**
 * Reads one input file with the CLI's readers and normalizes each row as the CLI's pass does
 * (notices skipped, id found, salary exclusions noted). Rows with an id go to the de-dup keyed
 * by it, rows without one straight on; the file's own accounting (rows read, rejected rows,
 * damage) goes out once at its end.
 */
final class ReadPostingsFn extends DoFn<KV<Integer, String>, KV<Integer, Candidate>> {
    /** Positions of one file's rows: file index in the high bits, so files order as given. */
    static final int FILE_SHIFT = 40;

    /** Rows with an id, keyed by the de-dup shard of the id. */
    static final TupleTag<KV<Integer, Candidate>> WITH_ID = new TupleTag<>() { };
    static final TupleTag<Candidate> WITHOUT_ID = new TupleTag<>() { };
    static final TupleTag<InputStats> FILE_STATS = new TupleTag<>() { };

    private final Settings settings;
    private final int shards;
    private transient Normalizer normalizer;

    ReadPostingsFn(Settings settings, int shards) {
        this.settings = settings;
        this.shards = shards;
    }

    @Setup
    public void setup() {
        normalizer = settings.normalizer();
    }

    @ProcessElement
    public void process(@Element KV<Integer, String> file, MultiOutputReceiver out) throws IOException {
        String name = file.getValue();
        InputStats stats = new InputStats((long) file.getKey() << FILE_SHIFT);
        RejectListener rejects = new RejectListener() {
            @Override
            public void rejected(String source, long line, ProblemKind reason, String raw) {
                stats.rejected(source, line, reason, raw);
            }

            @Override
            public void damaged(String source, long line, ProblemKind kind, String detail) {
                stats.damaged(source, line, kind, detail);
            }
        };
        // The file's checksum as the CLI takes it: over the raw bytes as read, the rest drained at the end.
        Checksum bytes = new Checksum(Channels.newInputStream(FileSystems.open(FileSystems.matchNewResource(name, false))));
        try (RecordReader reader = InputOpener.open(bytes, name, rejects)) {
            RecordPreparer rows = new RecordPreparer(normalizer, name);
            RawRecord record;
            while ((record = next(reader, name)) != null) {
                stats.rowRead();
                if (rows.isNotice(record)) {
                    stats.notice(record.where(), record.values().toString());
                    continue;
                }
                String id = rows.id(record);
                RowLog log = new RowLog();
                Posting posting = rows.normalize(record, log);
                Candidate row = Candidate.of(stats.tick(), name, record.line(), id, posting, log);
                if (id == null) {
                    out.get(WITHOUT_ID).output(row);
                } else {
                    out.get(WITH_ID).output(KV.of(shard(id, shards), row));
                }
            }
            if (stats.rowsRead() == 0) {
                throw new InputException(name + ": " + reader.noRecords());
            }
            Checksum.Sum sum = bytes.finish();
            stats.source(file.getKey(), new InputFile(name, sum.bytes(), sum.sha256(), stats.rowsRead()));
        } finally {
            bytes.release();
        }
        out.get(FILE_STATS).output(stats);
    }

    /** The de-dup's shard of an id: String.hashCode is fixed by the language, so every worker agrees. */
    static int shard(String id, int shards) {
        int h = id.hashCode() * 0x9E3779B9;
        return Math.floorMod(h ^ (h >>> 16), shards);
    }

    private static RawRecord next(RecordReader reader, String name) throws IOException {
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
