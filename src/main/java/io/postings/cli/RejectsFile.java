package io.postings.cli;

import io.postings.input.ProblemKind;
import io.postings.input.RejectListener;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.file.Path;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * {@code --rejects FILE}: every row a reader rejected, as CSV {@code file,line,reason,raw},
 * streamed to a temporary file during the pass and put in place only when the whole run
 * succeeds. Cells that a spreadsheet would run as a formula are neutralized (see
 * {@link #neutralized}).
 */
final class RejectsFile implements RejectListener, PendingFiles.Output {
    static final String[] HEADER = {"file", "line", "reason", "raw"};
    private static final CSVFormat FORMAT = CSVFormat.RFC4180.builder().setRecordSeparator('\n').get();

    private final AtomicFile.Pending file;
    private final Writer writer;
    private final CSVPrinter csv;
    private long rows;

    RejectsFile(Path target) throws OutputException {
        this.file = AtomicFile.Pending.create(target);
        this.writer = AtomicFile.text(file.stream());
        try {
            this.csv = new CSVPrinter(writer, FORMAT);
            csv.printRecord((Object[]) HEADER);
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
            csv.printRecord(neutralized(source), line, reason.key(), neutralized(raw));
            rows++;
        } catch (IOException e) {
            // Listener calls cannot throw checked exceptions; Main unwraps this to the output error.
            throw new UncheckedIOException(file.failure(e));
        }
    }

    /**
     * The cell made inert for spreadsheets (CSV injection): text of two or more characters that
     * starts with {@code = + - @}, a tab or a carriage return would be run as a formula, so it
     * gets a leading {@code '}; so does text already starting with {@code '}, so that removing
     * one leading {@code '} always gives the raw text back.
     */
    static String neutralized(String cell) {
        if (cell == null || cell.length() < 2) {
            return cell;
        }
        return switch (cell.charAt(0)) {
            case '=', '+', '-', '@', '\t', '\r', '\'' -> "'" + cell;
            default -> cell;
        };
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
