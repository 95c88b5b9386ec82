package io.postings.engine;

import io.postings.input.InputException;
import io.postings.input.InputOpener;
import io.postings.input.RawRecord;
import io.postings.input.RecordReader;
import io.postings.input.Source;
import io.postings.normalize.ColumnMap;
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

    public Pipeline(InputOpener opener, Normalizer normalizer, Deduplicator.Mode dedupe) {
        this.opener = opener;
        this.normalizer = normalizer;
        this.dedupe = dedupe;
    }

    public Aggregation run(List<Source> inputs) throws IOException {
        return run(inputs, p -> { });
    }

    /** As {@link #run(List)}, also handing every distinct posting to {@code observer} (tests, exports). */
    public Aggregation run(List<Source> inputs, Consumer<Posting> observer) throws IOException {
        Aggregation aggregation = new Aggregation();
        InputStats stats = aggregation.stats();
        Deduplicator seen = new Deduplicator(dedupe);
        ColumnMap columns = normalizer.columns();
        for (Source input : inputs) {
            try (RecordReader reader = opener.open(input, stats)) {
                RawRecord record;
                while ((record = next(reader, input.name())) != null) {
                    stats.rowRead();
                    String id = columns.value(record, Field.ID);
                    boolean duplicate = dedupe == Deduplicator.Mode.CONTENT
                            ? seen.isDuplicate(id, columns.value(record, Field.COMPANY), columns.value(record, Field.TITLE),
                                    columns.value(record, Field.LOCATION), columns.value(record, Field.DESCRIPTION))
                            : seen.isDuplicate(id, null, null, null, null);
                    if (duplicate) {
                        stats.duplicate(record.where(), id);
                        continue;
                    }
                    Posting posting = normalizer.normalize(record, stats);
                    aggregation.accept(posting);
                    observer.accept(posting);
                }
            }
        }
        return aggregation;
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
