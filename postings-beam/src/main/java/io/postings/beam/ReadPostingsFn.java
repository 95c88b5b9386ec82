package io.postings.beam;

import io.postings.engine.aggregate.InputStats;
import io.postings.engine.aggregate.StrictFailure;
import io.postings.engine.pass.Deduplicator;
import io.postings.engine.pass.FilePass;
import io.postings.engine.pass.Pipeline;
import io.postings.engine.pass.RecordPreparer;
import io.postings.input.Checksum;
import io.postings.input.InputException;
import io.postings.input.InputOpener;
import io.postings.input.RecordReader;
import io.postings.input.RejectListener;
import io.postings.normalize.Normalizer;
import java.io.IOException;
import java.nio.channels.Channels;
import org.apache.beam.sdk.io.FileSystems;
import org.apache.beam.sdk.transforms.DoFn;
import org.apache.beam.sdk.values.KV;
import org.apache.beam.sdk.values.TupleTag;

/**
 * Reads one input file with the engine's file pass, the CLI's loop (notices skipped, id found,
 * normalized, salary exclusions noted, the same errors for an unreadable or empty file). Rows with an id go to the de-dup keyed
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
    /** Rejected rows, raw, for --rejects (none without it). */
    static final TupleTag<Rejected> REJECTED = new TupleTag<>() { };

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
        stats.strict(settings.read().strict());
        FilePass pass = new FilePass(name, stats, settings.rejects() ? rejects(file.getKey(), out) : RejectListener.IGNORE);
        // The file's checksum as the CLI takes it: over the raw bytes as read, the rest drained at the end.
        Checksum bytes = new Checksum(Channels.newInputStream(FileSystems.open(FileSystems.matchNewResource(name, false))));
        try (RecordReader reader = InputOpener.open(bytes, name, pass, settings.read().quoting())) {
            // Not de-duplicated here: the keyed combine after this step decides which row of an id is the posting.
            RecordPreparer rows = new RecordPreparer(normalizer, name);
            boolean content = settings.read().dedupe() == Deduplicator.Mode.CONTENT;
            pass.read(reader, record -> rows.prepare(record, false, content), Pipeline.Progress.NONE, (record, p) -> {
                Candidate row = Candidate.of(stats.tick(), name, record.line(), p.id(), p.posting(), p.events(),
                        p.content());
                if (p.id() == null) {
                    out.get(WITHOUT_ID).output(row);
                } else {
                    out.get(WITH_ID).output(KV.of(shard(p.id(), shards), row));
                }
            });
            pass.source(file.getKey(), bytes);
        } catch (StrictFailure e) {
            // --strict: the row's damage ends the run as an input error, in the CLI's words.
            throw new InputException(e.getMessage(), e);
        } finally {
            bytes.release();
        }
        out.get(FILE_STATS).output(stats);
    }

    /** Hands each rejected row of file {@code index} on, numbered in the order the reader rejected them. */
    private static RejectListener rejects(int index, MultiOutputReceiver out) {
        long[] seq = {0};
        return (source, line, reason, raw) ->
                out.get(REJECTED).output(new Rejected(index, seq[0]++, source, line, reason.key(), raw));
    }

    /** The de-dup's shard of an id: String.hashCode is fixed by the language, so every worker agrees. */
    static int shard(String id, int shards) {
        int h = id.hashCode() * 0x9E3779B9;
        return Math.floorMod(h ^ (h >>> 16), shards);
    }
}
