package io.postings.input;

import java.io.IOException;
import java.io.InputStream;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * The records of RFC 4180 text, cell by cell, as commons-csv's {@code RFC4180} format reads them
 * (a delimiter, double quotes doubled inside quoted cells, no comments, nothing trimmed), but
 * scanning its own buffer of UTF-8 bytes instead of asking a reader for each character: reading
 * was half the work of a whole compare. The delimiter and the quote are ASCII, so they are never
 * part of a longer character; a cell is decoded only when its column has not held its bytes
 * before ({@link ColumnInterner}). {@code CsvScannerTest} holds it to commons-csv on generated text.
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

    /** More bytes than the record limit were read without the record ending. */
    static final class TooLong extends IOException {
        private static final long serialVersionUID = 1L;

        TooLong(long limit) {
            super("more than " + limit + " bytes in one record");
        }
    }

    private static final int BUFFER = 1 << 16;

    private final InputStream in;
    private final byte delimiter;
    /** The quote character; {@link #quoting} false: fields are never quoted. */
    private final byte quote;
    private final boolean quoting;
    /** More bytes than this in one record fail with {@link TooLong}: a row that never ends. */
    private final long recordLimit;
    /** Bytes of the record being read that earlier fills held. */
    private long recordBytes;
    /** Where the record being read began in {@link #buf}, and its bytes from earlier fills. */
    private int recordStart;
    private final ByteSpill recordCarry = new ByteSpill();
    private long recordLine;
    private final byte[] buf = new byte[BUFFER];
    private int pos;
    private int limit;
    private boolean eof;
    /** The byte before buf[0] (for a CRLF split across two fills). */
    private byte carried;
    private long lineBreaks;
    /** The cells of the record being read: the first {@link #kept} of this array. */
    private String[] cells = new String[16];
    private int kept;
    /** Bit i: cell i of the last record (i < 64) is plain ASCII, so it holds no mojibake to look for. */
    private long asciiCells;
    /** The bytes of the cell just read, or-ed together (any bit from 0x80 up: not ASCII). */
    private int cellBits;
    /** Cells of the last record, those past {@link Limits#MAX_RECORD_CELLS} included (counted, not kept). */
    private int cellCount;
    /** The first cell of the last record whose bytes were not all UTF-8 (replaced by U+FFFD), or null. */
    private String damaged;
    /** NUL bytes read so far, and those found in records handed out. */
    private long nuls;
    private long nulsAttributed;
    /**
     * Per column, the values seen so far (see {@link ColumnInterner}); made as columns appear, for the
     * first {@link #INTERNED_COLUMNS} only: a dump's columns are far fewer, and a row of
     * hundreds of thousands of cells must not make as many tables.
     */
    private ColumnInterner[] interners = new ColumnInterner[16];
    private static final int INTERNED_COLUMNS = 512;
    private final ByteSpill spill = new ByteSpill();
    /** The quote in every byte of a long, for {@link #run}. */
    private final long quoteBytes;
    /** The bytes {@link #run} passed over, or-ed together (0x80 set: one was not ASCII). */
    private int runBits;
    private static final VarHandle LONGS = MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);
    private static final long ONES = 0x0101010101010101L;
    private static final long HIGHS = 0x8080808080808080L;

    CsvScanner(InputStream in, char delimiter) {
        this(in, delimiter, '"', Long.MAX_VALUE);
    }

    /**
     * @param quote       the quote character, or null: no field is quoted and every quote is text
     * @param recordLimit the most bytes one record may take
     */
    CsvScanner(InputStream in, char delimiter, Character quote, long recordLimit) {
        // The scan looks for these among bytes: an ASCII character is one byte in UTF-8, and never
        // part of a longer character's bytes.
        if (delimiter >= 0x80 || (quote != null && quote >= 0x80)) {
            throw new IllegalArgumentException("the delimiter and the quote are ASCII characters");
        }
        this.in = in;
        this.delimiter = (byte) delimiter;
        this.quoting = quote != null;
        this.quote = (byte) (quote == null ? '"' : quote);
        this.recordLimit = recordLimit;
        this.quoteBytes = ONES * (this.quote & 0xFF);
    }

    /**
     * The index of the first quote, line feed or carriage return in {@code b} from
     * {@code from} (or {@code end}), with the bytes passed over or-ed into {@link #runBits}.
     * Eight bytes a step where none of the three can be among them (a description is thousands
     * of bytes of plain text): a word holds one of them when, xor-ed with it, a byte is zero.
     */
    private int run(byte[] b, int from, int end) {
        long stops = quoteBytes;
        byte stop = quote;
        int i = from;
        long words = 0;
        int bits = 0;
        while (i < end) {
            if (i + 8 <= end) {
                long w = (long) LONGS.get(b, i);
                long x = w ^ stops;
                long n = w ^ 0x0A0A0A0A0A0A0A0AL;
                long r = w ^ 0x0D0D0D0D0D0D0D0DL;
                if (((((x - ONES) & ~x) | ((n - ONES) & ~n) | ((r - ONES) & ~r)) & HIGHS) == 0) {
                    words |= w;
                    i += 8;
                    continue;
                }
            }
            // One of the three may be among the next eight bytes (or a borrow only looked like one).
            byte c = b[i];
            if (c == stop || c == '\n' || c == '\r') {
                break;
            }
            bits |= c;
            i++;
        }
        runBits = (words & HIGHS) != 0 ? bits | 0x80 : bits;
        return i;
    }

    /** Line breaks consumed so far: the line a record starts on is one more. */
    long lineBreaks() {
        return lineBreaks;
    }

    /** The next record's cells, or null at the end of the input. */
    String[] next() throws IOException {
        recordBytes = -pos;
        if (!available()) {
            return null;
        }
        kept = 0;
        cellCount = 0;
        asciiCells = 0;
        damaged = null;
        recordStart = pos;
        recordCarry.clear();
        recordLine = lineBreaks;
        while (true) {
            if (!available()) {
                // The input ends right after a delimiter: one more, empty cell.
                add("");
                return record();
            }
            cellBits = 0;
            add(quoting && buf[pos] == quote ? quoted() : plain(interner(kept)));
            if (cellBits < 0x80 && kept <= 64) {
                asciiCells |= 1L << (kept - 1);
            }
            if (!available()) {
                return record();
            }
            byte c = buf[pos++];
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

    /** The NUL bytes among the first {@code n}: eight at a time, a word being checked byte by byte only when one of its bytes is zero. */
    private static long countNuls(byte[] b, int n) {
        long count = 0;
        int i = 0;
        for (; i + 8 <= n; i += 8) {
            long w = (long) LONGS.get(b, i);
            if (((w - ONES) & ~w & HIGHS) != 0) {
                for (int k = i; k < i + 8; k++) {
                    count += b[k] == 0 ? 1 : 0;
                }
            }
        }
        for (; i < n; i++) {
            count += b[i] == 0 ? 1 : 0;
        }
        return count;
    }

    /** Bit i set: cell i of the record {@link #next()} returned last is all ASCII (cells past 64: unknown). */
    long asciiCells() {
        return asciiCells;
    }

    /**
     * The first cell of the record {@link #next()} returned last that holds bytes which are not
     * UTF-8 (each sequence of them became one U+FFFD, as the JDK's decoders do), or null.
     */
    String damaged() {
        return damaged;
    }

    /**
     * When NUL bytes were read since the last record that held some, the first of these cells
     * holding U+0000, else null. NULs are counted as bytes arrive, so one read ahead of the
     * current record is not blamed on it.
     */
    String nulIn(String[] values) {
        if (nulsAttributed >= nuls) {
            return null;
        }
        String first = null;
        long found = 0;
        for (String v : values) {
            for (int i = v.indexOf('\0'); i >= 0; i = v.indexOf('\0', i + 1)) {
                found++;
                if (first == null) {
                    first = v;
                }
            }
        }
        nulsAttributed = Math.min(nuls, nulsAttributed + found);
        return first;
    }

    /** Keeps a cell up to the limit; past it the cell is only counted. */
    private void add(String cell) {
        cellCount++;
        if (kept < Limits.MAX_RECORD_CELLS) {
            if (kept == cells.length) {
                cells = Arrays.copyOf(cells, kept * 2);
            }
            cells[kept++] = cell;
        }
    }

    /** Cells in the record {@link #next()} returned last, those over the limit (not returned) included. */
    int cellCount() {
        return cellCount;
    }

    private String[] record() {
        return Arrays.copyOf(cells, kept);
    }

    private ColumnInterner interner(int column) {
        if (column >= INTERNED_COLUMNS) {
            return ColumnInterner.NONE;
        }
        if (column >= interners.length) {
            interners = Arrays.copyOf(interners, Math.max(column + 1, interners.length * 2));
        }
        ColumnInterner interner = interners[column];
        if (interner == null) {
            interner = interners[column] = new ColumnInterner();
        }
        return interner;
    }

    /**
     * A cell's text from its bytes in the buffer: ASCII (all bits below 0x80) is copied as it
     * is; anything else is decoded, and a cell with bytes that are not UTF-8 is noted.
     */
    private String text(ColumnInterner interner, int start, int length, int bits) {
        boolean ascii = bits < 0x80;
        String s = interner.string(buf, start, length, ascii);
        if (!ascii) {
            noteDamage(s, buf, start, length);
        }
        return s;
    }

    /** A cell whose bytes were collected in {@link #spill}: decoded, never vouched for as ASCII. */
    private String spilled() {
        cellBits = 0xFFFF;
        String s = spill.decode();
        noteDamage(s, spill.bytes(), 0, spill.length());
        return s;
    }

    /** Notes a cell that holds more U+FFFD than its bytes spell (EF BF BD): the rest stand for bad bytes. */
    private void noteDamage(String s, byte[] b, int start, int length) {
        if (damaged != null || s.indexOf('\uFFFD') < 0) {
            return;
        }
        long decoded = 0;
        for (int i = s.indexOf('\uFFFD'); i >= 0; i = s.indexOf('\uFFFD', i + 1)) {
            decoded++;
        }
        long spelled = 0;
        for (int i = start, end = start + length - 2; i < end; i++) {
            if (b[i] == (byte) 0xEF && b[i + 1] == (byte) 0xBF && b[i + 2] == (byte) 0xBD) {
                spelled++;
            }
        }
        if (decoded > spelled) {
            damaged = s;
        }
    }

    /** An unquoted cell: everything up to the delimiter, a line break or the end, quotes included. */
    private String plain(ColumnInterner interner) throws IOException {
        int start = pos;
        byte d = delimiter;
        int bits = 0;
        // Byte by byte: most unquoted cells are shorter than the eight bytes {@link #run} takes a step.
        for (int i = pos; i < limit; i++) {
            byte c = buf[i];
            if (c == d || c == '\n' || c == '\r') {
                pos = i;
                cellBits = bits & 0xFF;
                return text(interner, start, i - start, bits & 0xFF);
            }
            bits |= c;
        }
        // The cell runs past the buffer: collect it piece by piece (and do not vouch for it).
        spill.clear();
        spill.append(buf, start, limit - start);
        pos = limit;
        while (available()) {
            int from = pos;
            for (int i = pos; i < limit; i++) {
                byte c = buf[i];
                if (c == d || c == '\n' || c == '\r') {
                    spill.append(buf, from, i - from);
                    pos = i;
                    return spilled();
                }
            }
            spill.append(buf, from, limit - from);
            pos = limit;
        }
        return spilled();
    }

    /** A quoted cell, from its opening quote: doubled quotes are one, line breaks are kept. */
    private String quoted() throws IOException {
        pos++;
        spill.clear();
        boolean simple = true;
        int start = pos;
        int bits = 0;
        while (true) {
            // The bulk of a cell (a description: thousands of characters) is a run with no quote
            // and no line break: scanned in a tight loop, and copied as one piece once spilled.
            byte[] b = buf;
            int i = run(b, pos, limit);
            bits |= runBits;
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
            byte c = buf[pos];
            if (c == quote) {
                if (simple && (pos + 1 < limit && buf[pos + 1] != quote)) {
                    // The common case: closed within the buffer, nothing doubled.
                    // Made before looking past the quote: that look may refill the buffer.
                    String cell = text(interner(kept), start, pos - start, bits & 0xFF);
                    cellBits = bits & 0xFF;
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
                String cell = spilled();
                afterClosingQuote();
                return cell;
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
            pos++;
        }
    }

    /** After a closing quote only blanks may come before the delimiter, a line break or the end. */
    private void afterClosingQuote() throws IOException {
        while (available()) {
            byte c = buf[pos];
            if (c == delimiter || c == '\n' || c == '\r') {
                return;
            }
            if (c >= 0 ? !Character.isWhitespace(c) : !whitespaceCharacter()) {
                throw new Broken(Broken.Kind.TEXT_AFTER_QUOTE, "Invalid character between encapsulated token and delimiter",
                        lineBreaks == recordLine ? skipLine() : null);
            }
            pos++;
        }
    }

    /**
     * Whether the character whose first byte (not ASCII) is at {@code pos} is a blank (U+3000,
     * say). Its bytes are consumed, but for the last: the caller steps past it or skips the line.
     */
    private boolean whitespaceCharacter() throws IOException {
        int lead = buf[pos] & 0xFF;
        int length = lead >= 0xF0 ? 4 : lead >= 0xE0 ? 3 : lead >= 0xC0 ? 2 : 1;
        byte[] bytes = new byte[length];
        bytes[0] = buf[pos];
        int n = 1;
        while (n < length) {
            pos++;
            if (!available() || (buf[pos] & 0xC0) != 0x80) {
                // Not a whole character: the bytes before stay consumed (the line is skipped anyway).
                return false;
            }
            bytes[n++] = buf[pos];
        }
        String c = new String(bytes, StandardCharsets.UTF_8);
        return c.length() == 1 && Character.isWhitespace(c.charAt(0));
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
        recordCarry.append(buf, recordStart, pos - recordStart);
        String text = recordCarry.decode();
        recordStart = pos;
        if (available()) {
            byte c = buf[pos++];
            if (c == '\r' && available() && buf[pos] == '\n') {
                pos++;
            }
            lineBreaks++;
        }
        return text;
    }

    /** True when a byte is there to read at {@code pos}, refilling the buffer when needed. */
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
            recordBytes += limit;
            if (recordBytes > recordLimit) {
                throw new TooLong(recordLimit);
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
            nuls += countNuls(buf, n);
        }
        return true;
    }
}
