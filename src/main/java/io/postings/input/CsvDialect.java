package io.postings.input;

import java.io.BufferedReader;
import java.io.IOException;

/**
 * A CSV input's delimiter and quoting, guessed from its first characters before the scanner
 * reads them: the delimiter from the header line (comma, semicolon, tab or tilde, the most
 * frequent outside quotes), the quoting from a sample of the rows (see {@link CsvQuote}).
 *
 * @param delimiter the field delimiter
 * @param quote     the quote character, or null when the input never quotes
 */
record CsvDialect(char delimiter, Character quote) {
    private static final int MAX_HEADER = 1 << 20;
    /** Characters looked at to tell whether the input quotes. */
    static final int QUOTE_SAMPLE = 1 << 20;

    static CsvDialect sniff(BufferedReader reader, CsvQuote option) throws IOException {
        char delimiter = delimiter(reader);
        Character quote = option.quote();
        if (option.sniff() && quote != null && !quotes(reader, delimiter, quote)) {
            quote = null;
        }
        return new CsvDialect(delimiter, quote);
    }

    private static char delimiter(BufferedReader reader) throws IOException {
        reader.mark(MAX_HEADER);
        int commas = 0;
        int semicolons = 0;
        int tabs = 0;
        int tildes = 0;
        boolean quoted = false;
        for (int i = 0; i < MAX_HEADER; i++) {
            int c = reader.read();
            if (c < 0 || (!quoted && (c == '\n' || c == '\r'))) {
                break;
            }
            if (c == '"') {
                quoted = !quoted;
            } else if (!quoted) {
                switch (c) {
                    case ',' -> commas++;
                    case ';' -> semicolons++;
                    case '\t' -> tabs++;
                    case '~' -> tildes++;
                    default -> { }
                }
            }
        }
        reader.reset();
        if (tildes > commas && tildes > semicolons && tildes > tabs) {
            return '~';
        }
        if (tabs > commas && tabs >= semicolons) {
            return '\t';
        }
        return semicolons > commas ? ';' : ',';
    }

    /**
     * False when the sample shows the input does not quote: fields that begin with the quote
     * and go on after it closes (text, not a quoted field) are at least as many as the fields
     * the quote opens and closes cleanly. An input with no quote at a field's start quotes as
     * far as anyone can tell (a writer quotes only fields that need it).
     */
    private static boolean quotes(BufferedReader reader, char delimiter, char quote) throws IOException {
        reader.mark(QUOTE_SAMPLE + 1);
        int clean = 0;
        int broken = 0;
        boolean fieldStart = true;
        boolean inQuotes = false;
        boolean afterQuote = false;
        try {
            for (int i = 0; i < QUOTE_SAMPLE; i++) {
                int c = reader.read();
                if (c < 0) {
                    broken += inQuotes ? 1 : 0;
                    break;
                }
                if (inQuotes) {
                    if (c == quote) {
                        inQuotes = false;
                        afterQuote = true;
                    }
                    continue;
                }
                boolean end = c == delimiter || c == '\n' || c == '\r';
                if (afterQuote) {
                    if (c == quote) {
                        inQuotes = true; // a doubled quote inside the field
                        afterQuote = false;
                        continue;
                    }
                    if (end) {
                        clean++;
                    } else if (!Character.isWhitespace(c)) {
                        broken++;
                    } else {
                        continue;
                    }
                    afterQuote = false;
                }
                if (fieldStart && c == quote) {
                    inQuotes = true;
                    fieldStart = false;
                    continue;
                }
                fieldStart = end;
            }
        } finally {
            reader.reset();
        }
        return broken == 0 || clean > broken;
    }
}
