package io.postings.engine.pass;

import io.postings.input.RawRecord;
import io.postings.normalize.ColumnMap;
import io.postings.normalize.ExportFormat;

/**
 * Recognises one input's export format from its records' column names and tells the column
 * map, and spots the source's notices (records that are not postings). A CSV's first record
 * has every column; a JSON record leaves out its null fields, so until a format is recognised
 * the first {@link #TRIES} records are each tried.
 */
final class FormatSniffer {
    static final int TRIES = 20;

    private final ColumnMap columns;
    private final String source;
    private ExportFormat format;
    private int tried;

    FormatSniffer(ColumnMap columns, String source) {
        this.columns = columns;
        this.source = source;
        columns.assign(source, null);
    }

    /** A sniffer that is done already, with what {@code settled} recognised (for another thread's column map). */
    FormatSniffer(ColumnMap columns, String source, FormatSniffer settled) {
        this(columns, source);
        if (!settled.settled()) {
            throw new IllegalStateException("the format of " + source + " is not settled yet");
        }
        format = settled.format;
        tried = settled.tried;
        if (format != null) {
            columns.assign(source, format);
        }
    }

    /** True once nothing more is learnt: a format was recognised, or the records to try are used up. */
    boolean settled() {
        return format != null || tried >= TRIES;
    }

    /** Looks at a record before it is normalized; true when it is a notice, not a posting. */
    boolean isNotice(RawRecord record) {
        if (format == null && tried < TRIES) {
            if (ExportFormat.noticeOf(record) != null) {
                return true;
            }
            tried++;
            format = ExportFormat.detect(record.values().keySet());
            if (format != null) {
                columns.assign(source, format);
            }
            return false;
        }
        return format != null && format.isNotice(record);
    }

    ExportFormat format() {
        return format;
    }
}
