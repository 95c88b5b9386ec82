package io.postings.input;

import java.io.Closeable;
import java.io.IOException;

/** A stream of records from one input. */
public interface RecordReader extends Closeable {

    /**
     * The next record, or null at the end of the input. A row that cannot be read as a
     * record is reported to the listener and skipped.
     */
    RawRecord next() throws IOException;

    /** What an input that held no record at all looked like, for the error saying so. */
    default String noRecords() {
        return "no records";
    }

    /** Why the reader rejected its first rejected row, with a likely cause, for the error when it rejected every row; or null. */
    default String whyRejected() {
        return null;
    }
}
