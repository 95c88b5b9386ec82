package io.postings.render;

import java.io.IOException;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * The {@code --rejects} file: CSV {@code file,line,reason,raw}, one record per rejected row, in
 * input order. Written row by row by the CLI as it reads, and at the end by the Beam pipeline;
 * this is the one place its shape is defined.
 */
public final class RejectsCsv {
    private static final String[] HEADER = {"file", "line", "reason", "raw"};
    private static final CSVFormat FORMAT = CSVFormat.RFC4180.builder().setRecordSeparator('\n').get();

    private RejectsCsv() {
    }

    /** A printer of the file into {@code out}, its header written. */
    public static CSVPrinter open(Appendable out) throws IOException {
        CSVPrinter csv = new CSVPrinter(out, FORMAT);
        csv.printRecord((Object[]) HEADER);
        return csv;
    }

    /** The record of one rejected row, its text cells made inert for spreadsheets ({@link #neutralized}). */
    public static Object[] record(String source, long line, String reason, String raw) {
        return new Object[] {neutralized(source), line, reason, neutralized(raw)};
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
}
