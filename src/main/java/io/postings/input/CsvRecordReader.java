package io.postings.input;

import java.io.BufferedInputStream;
import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.SequenceInputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Locale;

/**
 * RFC 4180 CSV in commons-csv's dialect, read by {@link CsvScanner}: a header row, quoted
 * fields spanning lines, and the delimiter (comma, semicolon, tab or tilde) guessed from the
 * header line and the quoting from the first rows ({@link CsvDialect}; an export that never
 * quotes is read with its quotes as text). A row whose field count differs from the header's is rejected, since its values
 * cannot be told apart, and so is a row with a field over {@link Limits#MAX_FIELD_CHARS}. Bytes that are not UTF-8 are replaced
 * and the row is reported as damaged ({@code invalid_utf8}). A stray quote in a record of one
 * line rejects that record ({@code broken_quoting}) and reading goes on at the next line; other
 * broken quoting ends the input
 * with the line where the record began: a record over {@link Limits#MAX_RECORD_CHARS} bytes or
 * {@link Limits#MAX_RECORD_LINES} lines, or a quote still open at the end of the file, means
 * a quote that never closed, and past it rows cannot be told apart.
 */
public final class CsvRecordReader implements RecordReader {
    private static final int MAX_HEADER = 1 << 20;

    private final String source;
    private final RejectListener rejects;
    /**
     * What the dialect's guess may read ahead: its samples of characters (each at most three
     * bytes, or four for two), the decoder's and the reader's buffers, and room to spare.
     */
    private static final int SNIFFED_BYTES = 3 * (CsvDialect.QUOTE_SAMPLE + (1 << 16)) + (1 << 20);

    /** The input from the header on, as the scanner reads it. */
    private final InputStream in;
    private final CsvScanner scanner;
    private final String[] columns;
    /** The header's column index, built on the first row and shared by every row. */
    private Row.Header header;
    private final char delimiter;
    /** The quote character, or null when the input never quotes. */
    private final Character quote;
    /** Blank lines before the header, which the parser never sees. */
    private final long skippedLines;
    private long lastLine;

    public CsvRecordReader(String source, InputStream in, RejectListener rejects) throws IOException {
        this(source, in, rejects, CsvQuote.AUTO);
    }

    /** As above, with the quoting given ({@code --quote}) or sniffed ({@link CsvQuote#AUTO}). */
    public CsvRecordReader(String source, InputStream in, RejectListener rejects, CsvQuote quoting) throws IOException {
        this.source = source;
        this.rejects = rejects;
        LookAhead ahead = new LookAhead(in);
        this.skippedLines = skipBlankLines(ahead);
        // The dialect is guessed from the text ahead, decoded, and the bytes are read again by the scanner.
        ahead.mark(SNIFFED_BYTES);
        CsvDialect dialect = CsvDialect.sniff(new BufferedReader(new Utf8Text(new Unclosed(ahead)), 1 << 16), quoting);
        ahead.reset();
        this.in = ahead.rest();
        this.delimiter = dialect.delimiter();
        this.quote = dialect.quote();
        this.scanner = new CsvScanner(this.in, delimiter, quote, Limits.MAX_RECORD_CHARS);
        String[] names;
        try {
            names = scanner.next();
        } catch (InputException e) {
            throw e;
        } catch (CsvScanner.TooLong e) {
            throw new InputException(source + ": cannot read the CSV header (longer than "
                    + Limits.MAX_RECORD_CHARS + " bytes: not a CSV file?)", e);
        } catch (CsvScanner.Broken e) {
            throw new InputException(source + ": cannot read the CSV header (" + (e.kind == CsvScanner.Broken.Kind.UNTERMINATED
                    ? "a quoted name is still open at the end of the input" : "text follows a closing quote") + ")", e);
        } catch (IOException e) {
            throw new InputException(source + ": cannot read the CSV header (" + messageOf(e) + ")", e);
        }
        if (names == null) {
            throw new InputException(source + ": empty input, no header row");
        }
        long headerLine = skippedLines + 1;
        if (scanner.cellCount() > Limits.MAX_RECORD_CELLS) {
            throw new InputException(source + ":" + headerLine + ": the header has " + scanner.cellCount()
                    + " fields, over the limit of " + Limits.MAX_RECORD_CELLS + " (not a dump's header?)");
        }
        this.columns = Arrays.stream(names).map(n -> n.trim().toLowerCase(Locale.ROOT)).toArray(String[]::new);
        this.lastLine = skippedLines + scanner.lineBreaks();
        reportDuplicateColumns(headerLine);
    }

    /**
     * A name the header repeats is a warning ({@code duplicate_column}): only its first column
     * is read, and the other's values would be silently unused.
     */
    private void reportDuplicateColumns(long line) {
        java.util.Map<String, Integer> first = new java.util.HashMap<>();
        for (int i = 0; i < columns.length; i++) {
            Integer before = first.putIfAbsent(columns[i], i);
            if (before != null && !columns[i].isEmpty()) {
                rejects.damaged(source, line, ProblemKind.DUPLICATE_COLUMN, columns[i] + " (columns " + (before + 1) + " and " + (i + 1)
                        + "; only the first is read)");
            }
        }
    }

    /** Why the first rejected row was rejected, in words with a likely cause; null when none was. */
    private String firstRejection;

    @Override
    public String whyRejected() {
        return firstRejection;
    }

    /** The first row whose field count differs from the header's, in words, with the likely cause. */
    private void noteWrongCount(long line, String[] cells, int count) {
        if (firstRejection != null) {
            return;
        }
        String why = "line " + line + " has " + count + (count == 1 ? " field" : " fields") + ", the header " + columns.length;
        if (count == columns.length + 1 && cells.length == count && cells[count - 1].isBlank()) {
            why += ": a trailing delimiter?";
        } else if (headerMixesDelimiters()) {
            why += ": the header mixes delimiters ('" + delimiter + "' was taken)?";
        } else {
            why += ": a different delimiter or unquoted " + (delimiter == '\t' ? "tabs" : "'" + delimiter + "'") + "?";
        }
        firstRejection = why;
    }

    private boolean headerMixesDelimiters() {
        for (String name : columns) {
            for (char d : new char[] {',', ';', '\t', '|'}) {
                if (d != delimiter && name.indexOf(d) >= 0) {
                    return true;
                }
            }
        }
        return false;
    }

    public char delimiter() {
        return delimiter;
    }

    /** The quote character read, or null when the input was read as never quoting. */
    public Character quote() {
        return quote;
    }

    @Override
    public String noRecords() {
        return "no records after the header row";
    }

    @Override
    public RawRecord next() throws IOException {
        while (true) {
            String[] cells;
            long line = lastLine + 1;
            try {
                cells = scanner.next();
            } catch (CsvScanner.Broken e) {
                if (e.skipped == null) {
                    throw broken(line, e);
                }
                // A stray quote in a record of one line: that record is rejected, the next line read.
                lastLine = skippedLines + scanner.lineBreaks();
                rejects.rejected(source, line, ProblemKind.BROKEN_QUOTING, e.skipped);
                continue;
            } catch (IOException e) {
                throw broken(line, e);
            }
            if (cells == null) {
                return null;
            }
            lastLine = skippedLines + scanner.lineBreaks();
            if (lastLine - line >= Limits.MAX_RECORD_LINES) {
                throw new InputException(source + ":" + line + ": unterminated quote? The record starting on this line"
                        + " runs over " + Limits.MAX_RECORD_LINES + " lines");
            }
            if (cells.length == 1 && cells[0].isBlank()) {
                continue;
            }
            String damaged = scanner.damaged();
            String nul = scanner.nulIn(cells);
            int count = scanner.cellCount();
            if (count != columns.length) {
                noteWrongCount(line, cells, count);
                rejects.rejected(source, line, ProblemKind.WRONG_FIELD_COUNT, count > cells.length
                        ? Limits.cut(rowText(cells)) + " … (" + count + " fields)" : rowText(cells));
                continue;
            }
            if (longestField(cells) > Limits.MAX_FIELD_CHARS) {
                rejects.rejected(source, line, ProblemKind.FIELD_TOO_LARGE, rowText(cells));
                continue;
            }
            if (damaged != null) {
                rejects.damaged(source, line, ProblemKind.INVALID_UTF8, damaged);
            }
            if (nul != null) {
                rejects.damaged(source, line, ProblemKind.NUL_BYTE, nul.replace('\0', '\uFFFD'));
            }
            if (header == null) {
                header = new Row.Header(columns);
            }
            return new RawRecord(source, line, new Row(header, cells, scanner.asciiCells()), header);
        }
    }

    private static int longestField(String[] cells) {
        int longest = 0;
        for (String c : cells) {
            longest = Math.max(longest, c.length());
        }
        return longest;
    }

    /**
     * The input cannot be read past the record that starts on {@code line}: why, in words. An
     * {@link InputException} from below (a truncated gzip stream) passes through as it is.
     */
    private InputException broken(long line, Throwable cause) {
        if (cause instanceof InputException e) {
            return e;
        }
        String where = source + ":" + line + ": ";
        if (cause instanceof CsvScanner.TooLong) {
            return new InputException(where + "unterminated quote? The record starting on this line runs over "
                    + Limits.MAX_RECORD_CHARS + " bytes", cause);
        }
        if (cause instanceof CsvScanner.Broken b && b.kind == CsvScanner.Broken.Kind.UNTERMINATED) {
            return new InputException(where + "unterminated quote: a quoted field in the record starting on this line"
                    + " is still open at the end of the input", cause);
        }
        if (cause instanceof CsvScanner.Broken b && b.kind == CsvScanner.Broken.Kind.TEXT_AFTER_QUOTE) {
            return new InputException(where + "broken quoting: text follows a closing quote in the record starting on"
                    + " this line or after it (a stray or unterminated quote)", cause);
        }
        return new InputException(where + "broken CSV in the record starting on this line (" + messageOf(cause) + ")",
                cause);
    }

    @Override
    public void close() throws IOException {
        in.close();
    }

    /** The row written back as CSV, values quoted where needed, so that it can be read again. */
    private String rowText(String[] values) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < values.length; i++) {
            if (i > 0) {
                out.append(delimiter);
            }
            String v = values[i];
            if (v.indexOf(delimiter) >= 0 || v.indexOf('"') >= 0 || v.indexOf('\n') >= 0 || v.indexOf('\r') >= 0) {
                out.append('"').append(v.replace("\"", "\"\"")).append('"');
            } else {
                out.append(v);
            }
        }
        return out.toString();
    }

    /**
     * Consumes the blank lines before the header (only whitespace, U+3000 and the like too);
     * returns how many there were.
     */
    private static long skipBlankLines(BufferedInputStream in) throws IOException {
        long skipped = 0;
        ByteArrayOutputStream wide = new ByteArrayOutputStream();
        while (true) {
            in.mark(MAX_HEADER);
            wide.reset();
            int c;
            while ((c = in.read()) >= 0 && c != '\n' && c != '\r') {
                if (c >= 0x80 && wide.size() < MAX_HEADER) {
                    wide.write(c);
                } else if (c >= 0x80 || !Character.isWhitespace(c)) {
                    in.reset();
                    return skipped;
                }
            }
            if (wide.size() > 0 && !wide.toString(StandardCharsets.UTF_8).chars().allMatch(Character::isWhitespace)) {
                in.reset();
                return skipped;
            }
            if (c < 0) {
                return skipped;
            }
            if (c == '\r') {
                in.mark(1);
                if (in.read() != '\n') {
                    in.reset();
                }
            }
            skipped++;
        }
    }

    /**
     * The input buffered while the blank lines and the dialect are read ahead, then handed on
     * without its buffer: the scanner has one of its own, and a second would copy every byte twice.
     */
    private static final class LookAhead extends BufferedInputStream {
        LookAhead(InputStream in) {
            super(in, 1 << 16);
        }

        /** What is left to read: the bytes still buffered, then the rest of the input, read straight. */
        InputStream rest() {
            return new SequenceInputStream(new ByteArrayInputStream(buf, pos, count - pos), in);
        }
    }

    /** A view of the input that the dialect's reader cannot close. */
    private static final class Unclosed extends FilterInputStream {
        Unclosed(InputStream in) {
            super(in);
        }

        @Override
        public void close() {
            // the scanner reads on
        }
    }

    private static String messageOf(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null && t.getMessage() == null) {
            t = t.getCause();
        }
        return String.valueOf(t.getMessage());
    }
}
