package io.postings.report;

import java.util.List;

/**
 * How one input was read.
 *
 * @param name              the input as named on the command line
 * @param format            csv, json or jsonl: the reader chosen from the extension or the first byte
 * @param gzip              the bytes were gzip-compressed
 * @param bom               the text began with a UTF-8 byte-order mark
 * @param encoding          the text encoding read ("UTF-8"; bytes that are not UTF-8 are counted as problems)
 * @param delimiter         a CSV's delimiter, as text ("," ";" "\t" "~"); null for JSON
 * @param quote             a CSV's quote character as text, "none" for an export read as never quoting; null for JSON
 * @param recordsAt         the array of a JSON wrapper object the records were in ("jobs"), or null
 * @param exportFormat      the recognised export format's key ("jobspy"), or null for generic columns
 * @param exportFormatLabel what that format is, or null
 * @param postings          distinct postings read from this input
 * @param fields            per field, which columns fed it and for how many of this input's postings
 * @param columns           the columns (JSON: non-null keys) seen in this input, in first-seen order
 * @param unusedColumns     columns seen that fed no field
 * @param hints             unused columns that look like a field nothing reads, with the {@code --map} that
 *                          would read them (titles: when most of the input's postings got no role)
 */
public record InspectedFile(
        String name,
        String format,
        boolean gzip,
        boolean bom,
        String encoding,
        String delimiter,
        String quote,
        String recordsAt,
        String exportFormat,
        String exportFormatLabel,
        long postings,
        List<FieldFeed> fields,
        List<String> columns,
        List<String> unusedColumns,
        List<String> hints) {
}
