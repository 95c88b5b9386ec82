package io.postings.input;

import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;

/**
 * The records of RFC 4180 text, cell by cell, as commons-csv's {@code RFC4180} format reads them
 * (a delimiter, double quotes doubled inside quoted cells, no comments, nothing trimmed), but
 * scanning its own buffer instead of asking a reader for each character: reading was half the
 * work of a whole compare. {@code CsvScannerTest} holds it to commons-csv on generated text.
 *
 * <p>Also the same line count: CR, LF and CRLF each end one line, inside quotes too.
 */
final class CsvScanner {

    /** The text cannot be split into records past this point. */
    static final class Broken extends IOException {
        private static final long serialVersionUID = 1L;

        enum Kind {
            /** The input ended inside a quoted cell. */
            UNTERMINATED,
            /** Something other than a delimiter, a line break or blanks follows a closing quote. */
            TEXT_AFTER_QUOTE
        }

        final Kind kind;
        /**
         * The record's text when the scanner skipped past it to the next line (a stray quote in
         * a record of one line), so reading goes on from there; null when it cannot.
         */
        final String skipped;

        Broken(Kind kind, String message) {
            this(kind, message, null);
        }

        Broken(Kind kind, String message, String skipped) {
            super(message);
            this.kind = kind;
            this.skipped = skipped;
        }
    }

    private static final int BUFFER = 1 << 16;

    private final Reader in;
    private final char delimiter;
    /** The quote character; {@link #quoting} false: fields are never quoted. */
    private final char quote;
    private final boolean quoting;
    /** Where the record being read began in {@link #buf}, and its text from earlier fills. */
    private int recordStart;
    private final StringBuilder recordCarry = new StringBuilder();
    private long recordLine;
    private final char[] buf = new char[BUFFER];
    private int pos;
    private int limit;
    private boolean eof;
    /** The character before buf[0] (for a CRLF split across two fills). */
    private char carried;
    private long lineBreaks;
    private final ArrayList<String> cells = new ArrayList<>();
    /** Bit i: cell i of the last record (i < 64) is plain ASCII, so it holds no mojibake to look for. */
    private long asciiCells;
    /** The characters of the cell just read, or-ed together (any bit from 0x80 up: not ASCII). */
    private int cellBits;
    /** Cells of the last record, those past {@link Limits#MAX_RECORD_CELLS} included (counted, not kept). */
    private int cellCount;
    /**
     * Per column, the values seen so far (see {@link ColumnInterner}); made as columns appear, for the
     * first {@link #INTERNED_COLUMNS} only: a dump's columns are far fewer, and a row of
     * hundreds of thousands of cells must not make as many tables.
     */
    private ColumnInterner[] interners = new ColumnInterner[16];
    private static final int INTERNED_COLUMNS = 512;
    private final StringBuilder spill = new StringBuilder();

    CsvScanner(Reader in, char delimiter) {
        this(in, delimiter, '"');
    }

    /** @param quote the quote character, or null: no field is quoted and every quote is text */
    CsvScanner(Reader in, char delimiter, Character quote) {
        this.in = in;
        this.delimiter = delimiter;
        this.quoting = quote != null;
        this.quote = quote == null ? '"' : quote;
    }

    /** Line breaks consumed so far: the line a record starts on is one more. */
    long lineBreaks() {
        return lineBreaks;
    }

    /** The next record's cells, or null at the end of the input. */
    String[] next() throws IOException {
        if (!available()) {
            return null;
        }
        cells.clear();
        cellCount = 0;
        asciiCells = 0;
        recordStart = pos;
        recordCarry.setLength(0);
        recordLine = lineBreaks;
        while (true) {
            if (!available()) {
                // The input ends right after a delimiter: one more, empty cell.
                add("");
                return record();
            }
            cellBits = 0;
            add(quoting && buf[pos] == quote ? quoted() : plain(interner(cells.size())));
            if (cellBits < 0x80 && cells.size() <= 64) {
                asciiCells |= 1L << (cells.size() - 1);
            }
            if (!available()) {
                return record();
            }
            char c = buf[pos++];
            if (c == delimiter) {
                continue;
            }
            // A line break: plain() and quoted() stop only at a delimiter, a line break or the end.
            if (c == '\r' && available() && buf[pos] == '\n') {
                pos++;
            }
            lineBreaks++;
            return record();
        }
    }

    /** Bit i set: cell i of the record {@link #next()} returned last is all ASCII (cells past 64: unknown). */
    long asciiCells() {
        return asciiCells;
    }

    /** Keeps a cell up to the limit; past it the cell is only counted. */
    private void add(String cell) {
        cellCount++;
        if (cells.size() < Limits.MAX_RECORD_CELLS) {
            cells.add(cell);
        }
    }

    /** Cells in the record {@link #next()} returned last, those over the limit (not returned) included. */
    int cellCount() {
        return cellCount;
    }

    private String[] record() {
        return cells.toArray(new String[0]);
    }

    private ColumnInterner interner(int column) {
        if (column >= INTERNED_COLUMNS) {
            return ColumnInterner.NONE;
        }
        if (column >= interners.length) {
            interners = java.util.Arrays.copyOf(interners, Math.max(column + 1, interners.length * 2));
        }
        ColumnInterner interner = interners[column];
        if (interner == null) {
            interner = interners[column] = new ColumnInterner();
        }
        return interner;
    }

    /** An unquoted cell: everything up to the delimiter, a line break or the end, quotes included. */
    private String plain(ColumnInterner interner) throws IOException {
        int start = pos;
        char d = delimiter;
        int bits = 0;
        for (int i = pos; i < limit; i++) {
            char c = buf[i];
            if (c == d || c == '\n' || c == '\r') {
                pos = i;
                cellBits = bits;
                return interner.string(buf, start, i - start);
            }
            bits |= c;
        }
        // The cell runs past the buffer: collect it piece by piece (and do not vouch for it).
        cellBits = 0xFFFF;
        spill.setLength(0);
        spill.append(buf, start, limit - start);
        pos = limit;
        while (available()) {
            int from = pos;
            for (int i = pos; i < limit; i++) {
                char c = buf[i];
                if (c == d || c == '\n' || c == '\r') {
                    spill.append(buf, from, i - from);
                    pos = i;
                    return spill.toString();
                }
            }
            spill.append(buf, from, limit - from);
            pos = limit;
        }
        return spill.toString();
    }

    /** A quoted cell, from its opening quote: doubled quotes are one, line breaks are kept. */
    private String quoted() throws IOException {
        pos++;
        spill.setLength(0);
        boolean simple = true;
        int start = pos;
        int bits = 0;
        while (true) {
            // The bulk of a cell (a description: thousands of characters) is a run with no quote
            // and no line break: scanned in a tight loop, and copied as one piece once spilled.
            char[] b = buf;
            char q = quote;
            int i = pos;
            int end = limit;
            while (i < end) {
                char c = b[i];
                if (c == q || c == '\n' || c == '\r') {
                    break;
                }
                bits |= c;
                i++;
            }
            if (!simple) {
                spill.append(b, pos, i - pos);
            }
            pos = i;
            if (pos == limit) {
                if (simple) {
                    spill.append(buf, start, pos - start);
                    simple = false;
                }
                if (!available()) {
                    throw new Broken(Broken.Kind.UNTERMINATED, "EOF reached before encapsulated token finished");
                }
                continue;
            }
            char c = buf[pos];
            if (c == quote) {
                if (simple && (pos + 1 < limit && buf[pos + 1] != quote)) {
                    // The common case: closed within the buffer, nothing doubled.
                    // Made before looking past the quote: that look may refill the buffer.
                    String cell = interner(cells.size()).string(buf, start, pos - start);
                    cellBits = bits;
                    pos++;
                    afterClosingQuote();
                    return cell;
                }
                if (simple) {
                    spill.append(buf, start, pos - start);
                    simple = false;
                }
                pos++;
                if (available() && buf[pos] == quote) {
                    spill.append(quote);
                    pos++;
                    continue;
                }
                afterClosingQuote();
                cellBits = 0xFFFF;
                return spill.toString();
            }
            // A line break, kept; counted once for CRLF.
            if (c == '\n') {
                if ((pos > 0 ? buf[pos - 1] : carried) != '\r') {
                    lineBreaks++;
                }
            } else {
                lineBreaks++;
            }
            if (!simple) {
                spill.append(c);
            }
            bits |= c;
            pos++;
        }
    }

    /** After a closing quote only blanks may come before the delimiter, a line break or the end. */
    private void afterClosingQuote() throws IOException {
        while (available()) {
            char c = buf[pos];
            if (c == delimiter || c == '\n' || c == '\r') {
                return;
            }
            if (!Character.isWhitespace(c)) {
                throw new Broken(Broken.Kind.TEXT_AFTER_QUOTE, "Invalid character between encapsulated token and delimiter",
                        lineBreaks == recordLine ? skipLine() : null);
            }
            pos++;
        }
    }

    /**
     * Skips the rest of a record that lies on one line, to the start of the next line, and
     * returns the record's text: the quotes were broken, but the next record is known to
     * begin there.
     */
    private String skipLine() throws IOException {
        while (available() && buf[pos] != '\n' && buf[pos] != '\r') {
            pos++;
        }
        String text = recordCarry + new String(buf, recordStart, pos - recordStart);
        if (available()) {
            char c = buf[pos++];
            if (c == '\r' && available() && buf[pos] == '\n') {
                pos++;
            }
            lineBreaks++;
        }
        return text;
    }

    /** True when a character is there to read at {@code pos}, refilling the buffer when needed. */
    private boolean available() throws IOException {
        if (pos < limit) {
            return true;
        }
        if (eof) {
            return false;
        }
        if (limit > 0) {
            carried = buf[limit - 1];
            // A record still on its first line keeps its text so far, in case it is skipped past as broken.
            if (lineBreaks == recordLine) {
                recordCarry.append(buf, recordStart, limit - recordStart);
            }
        }
        recordStart = 0;
        pos = 0;
        limit = 0;
        while (limit == 0) {
            int n = in.read(buf, 0, buf.length);
            if (n < 0) {
                eof = true;
                return false;
            }
            limit = n;
        }
        return true;
    }
}
