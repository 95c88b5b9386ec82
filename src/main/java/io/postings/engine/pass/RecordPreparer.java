package io.postings.engine.pass;

import io.postings.input.RawRecord;
import io.postings.normalize.ColumnMap;
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

    public RecordPreparer(Normalizer normalizer, String source) {
        this.normalizer = normalizer;
        this.columns = normalizer.columns();
        this.sniffer = new FormatSniffer(columns, source);
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
        String stated = stated(record);
        String detail = status != SalaryStatus.NOT_US ? stated
                : stated + (posting.country() == null ? " (no known country)" : " in " + posting.country());
        listener.problem(status.excluded(), record.where(), detail);
    }

    /** The salary as the row states it: "50000-60000 EUR/year", "$17-$24 Per Hour(Glassdoor est.)". */
    private String stated(RawRecord record) {
        String min = columns.value(record, Field.SALARY_MIN);
        String max = columns.value(record, Field.SALARY_MAX);
        String text = columns.value(record, Field.SALARY);
        String currency = columns.value(record, Field.SALARY_CURRENCY);
        String period = columns.value(record, Field.SALARY_PERIOD);
        StringBuilder out = new StringBuilder();
        if (min != null || max != null) {
            out.append(min == null ? "?" : min).append('-').append(max == null ? "?" : max);
        }
        if (text != null) {
            out.append(out.length() > 0 ? "; " : "").append(text);
        }
        if (currency != null) {
            out.append(' ').append(currency);
        }
        if (period != null) {
            out.append('/').append(period);
        }
        return out.toString();
    }
}
