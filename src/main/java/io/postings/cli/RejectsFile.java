package io.postings.cli;

import io.postings.input.ProblemKind;
import io.postings.input.RejectListener;
import io.postings.render.RejectsCsv;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.file.Path;
import org.apache.commons.csv.CSVPrinter;

/**
 * {@code --rejects FILE}: every row a reader rejected, as CSV {@code file,line,reason,raw},
 * streamed to a temporary file during the pass and put in place only when the whole run
 * succeeds. The file's shape, and the spreadsheet-safe cells, are {@link RejectsCsv}'s.
 */
final class RejectsFile implements RejectListener, PendingFiles.Output {
    private final AtomicFile.Pending file;
    private final Writer writer;
    private final CSVPrinter csv;
    private long rows;

    RejectsFile(Path target) throws OutputException {
        this.file = AtomicFile.Pending.create(target);
        this.writer = AtomicFile.text(file.stream());
        try {
            this.csv = RejectsCsv.open(writer);
        } catch (IOException e) {
            file.discard();
            throw file.failure(e);
        }
    }

    /** Rejected rows written so far. */
    long rows() {
        return rows;
    }

    @Override
    public void rejected(String source, long line, ProblemKind reason, String raw) {
        try {
            csv.printRecord(RejectsCsv.record(source, line, reason.key(), raw));
            rows++;
        } catch (IOException e) {
            // Listener calls cannot throw checked exceptions; Main unwraps this to the output error.
            throw new UncheckedIOException(file.failure(e));
        }
    }

    @Override
    public void commit() throws OutputException {
        try {
            csv.flush();
        } catch (IOException e) {
            file.discard();
            throw file.failure(e);
        }
        file.commit();
    }

    @Override
    public void discard() {
        file.discard();
    }
}
