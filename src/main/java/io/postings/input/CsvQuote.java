package io.postings.input;

import java.util.Locale;

/**
 * How a CSV input quotes its fields: {@code --quote CHAR|none}, or sniffed from the text
 * ({@link #AUTO}): a file whose fields begin with a double quote that does not close before the
 * delimiter ({@code "Rockstar" developer}) more often than they are quoted fields is an export
 * that never quotes, and its quotes are text.
 *
 * @param sniff  true: decide from the input whether the double quote quotes
 * @param quote  the quote character, or null when fields are never quoted
 */
public record CsvQuote(boolean sniff, Character quote) {
    /** Double quotes, unless the input shows it never quotes. */
    public static final CsvQuote AUTO = new CsvQuote(true, '"');
    /** No quoting: every quote is text. */
    public static final CsvQuote NONE = new CsvQuote(false, null);

    /** {@code --quote}'s value: one character, or "none". */
    public static CsvQuote of(String value) {
        if (value.toLowerCase(Locale.ROOT).equals("none")) {
            return NONE;
        }
        // The scanner looks for the quote among bytes: one ASCII character is one byte in UTF-8.
        if (value.length() != 1 || value.charAt(0) == '\n' || value.charAt(0) == '\r' || value.charAt(0) >= 0x80) {
            throw new IllegalArgumentException("--quote takes one ASCII character or none, not '" + value + "'");
        }
        return new CsvQuote(false, value.charAt(0));
    }
}
