package io.postings.engine.pass;

import io.postings.input.RawRecord;
import io.postings.normalize.ColumnMap;
import io.postings.normalize.ColumnUse;
import io.postings.normalize.ExportFormat;
import io.postings.normalize.Field;
import io.postings.normalize.NormalizeListener;
import io.postings.normalize.Normalizer;
import io.postings.normalize.Posting;
import io.postings.normalize.SalaryStatus;

/**
 * What happens to each record of one input, in the order the one pass and a distributed run
 * both follow: recognise the export format and skip the source's notices, find the id the
 * de-dup goes by, normalize, and note a stated salary the rules leave out. One per input and
 * thread: the column map learns the input's format.
 */
public final class RecordPreparer {
    private final Normalizer normalizer;
    private final ColumnMap columns;
    private final FormatSniffer sniffer;

    private final String source;

    public RecordPreparer(Normalizer normalizer, String source) {
        this.normalizer = normalizer;
        this.columns = normalizer.columns();
        this.source = source;
        this.sniffer = new FormatSniffer(columns, source);
    }

    private RecordPreparer(Normalizer normalizer, String source, FormatSniffer settled) {
        this.normalizer = normalizer;
        this.columns = normalizer.columns();
        this.source = source;
        this.sniffer = new FormatSniffer(columns, source, settled);
    }

    /**
     * True once what this preparer learns from the input's first records (its export format) is
     * settled: from then on each record's preparation depends on that record alone, so records
     * can be prepared on several threads ({@link #worker}).
     */
    boolean settled() {
        return sniffer.settled();
    }

    /**
     * A preparer of the same input for another thread, with {@code sibling} (a
     * {@link Normalizer#sibling} of this one's) and the format this one settled on: it prepares
     * each later record exactly as this one would. {@link #absorb} brings back what it noted.
     */
    RecordPreparer worker(Normalizer sibling) {
        return new RecordPreparer(sibling, source, sniffer);
    }

    /** Takes in what a {@link #worker} noted of the records it prepared (the --map columns they had). */
    void absorb(RecordPreparer worker) {
        columns.noteSeen(worker.columns);
    }

    /**
     * A record worked out in the order every run follows: a notice, else its id and, when
     * {@code contentKey}, its {@link Deduplicator#contentKey} (taken on the raw values), then
     * normalized, with what the normalizer said held in its events and, when {@code columns},
     * the columns that fed it. Whether it is a duplicate is decided where input order is kept
     * (the one pass's aggregating thread, a distributed run's keyed stages); a duplicate's
     * events are dropped there, so its field problems are never counted.
     */
    public Prepared prepare(RawRecord record, boolean columns, boolean contentKey) {
        if (isNotice(record)) {
            return Prepared.NOTICE;
        }
        String id = id(record);
        long key = contentKey ? Deduplicator.contentKey(value(record, Field.COMPANY), value(record, Field.TITLE),
                value(record, Field.LOCATION), value(record, Field.DESCRIPTION)) : 0;
        NormalizeEvents events = new NormalizeEvents();
        Posting posting = normalize(record, events);
        return new Prepared(false, id, Deduplicator.idKey(id), posting, events, columns ? columns(record) : null, key);
    }

    /** True when the record is a notice of the source (RemoteOK's legal element), not a posting. */
    public boolean isNotice(RawRecord record) {
        return sniffer.isNotice(record);
    }

    /** The input id postings are de-duplicated by, or null when the record has none. */
    public String id(RawRecord record) {
        columns.observe(record);
        return columns.value(record, Field.ID);
    }

    /** A field's raw value as the column map reads it (content de-dup). */
    String value(RawRecord record, Field field) {
        return columns.value(record, field);
    }

    /** Which columns fed the record's fields, as the map read them for it ({@code inspect}). */
    ColumnUse columns(RawRecord record) {
        return columns.use(record);
    }

    public Posting normalize(RawRecord record, NormalizeListener listener) {
        Posting posting = normalizer.normalize(record, listener);
        salaryExcluded(record, posting, listener);
        return posting;
    }

    /** The export format recognised so far, or null. */
    public ExportFormat format() {
        return sniffer.format();
    }

    /**
     * A stated salary the rules leave out, as a problem with the row and the value, so the
     * salary exclusion counts come with examples. Unreadable salaries are the normalizer's
     * {@code unparseable_salary}; each kind here counts exactly the postings of that exclusion.
     */
    private void salaryExcluded(RawRecord record, Posting posting, NormalizeListener listener) {
        SalaryStatus status = posting.salaryStatus();
        if (status == SalaryStatus.NONE || status == SalaryStatus.VALID || status == SalaryStatus.UNPARSEABLE) {
            return;
        }
        String stated = posting.salaryStated();
        String detail = status != SalaryStatus.NOT_US ? stated
                : stated + (posting.country() == null ? " (no known country)" : " in " + posting.country());
        listener.problem(status.excluded(), record.where(), detail);
    }
}
