package io.postings.generate;

import java.io.IOException;
import java.io.Writer;

/**
 * Writes synthetic job-posting dumps calibrated to the published figures (see
 * {@code io/postings/market.txt}). The same seed and row count give the same bytes on every
 * JDK; memory does not grow with the row count. One full pass of the calibration (78,245
 * postings, which with the 0.3% duplicate rows is 78,480 rows) meets every calibrated count
 * exactly; other row counts scale it.
 */
public final class PostingGenerator {
    /** Duplicate rows per thousand rows: exact copies of a recent row, id included. */
    private static final int DUPLICATES_PER_THOUSAND = 3;
    /** How far back a duplicate reaches, in unique rows; recent, as when a scraper re-reads a page. */
    private static final int RECENT = 64;
    /** Characters gathered before each write, so an unbuffered writer is not called per row. */
    private static final int CHUNK = 1 << 16;

    private final long seed;
    private final MarketModel market = MarketModel.defaults();

    public PostingGenerator(long seed) {
        this.seed = seed;
    }

    /** Canonical CSV, canonical JSON Lines, or a JobSpy-like CSV whose skills live only in descriptions. */
    public enum OutputFormat { CSV, JSONL, JOBSPY }

    /** Writes `rows` postings to out (UTF-8), streaming: memory must not grow with rows (10 million rows must work). */
    public void write(long rows, OutputFormat format, Writer out) throws IOException {
        if (rows < 0) {
            throw new IllegalArgumentException("rows must not be negative: " + rows);
        }
        Rng rng = new Rng(seed);
        // Each role's months draw from a stream of their own, so a change to the rest of the
        // calibration does not move which salaries fall in which month.
        PostingSource source = new PostingSource(market, rng, role -> new Rng(seed ^ 0x6D6F6E746873L ^ (long) role.hashCode() << 16));
        // Description text draws from its own stream, so every format holds the same postings.
        Rng text = new Rng(seed ^ 0x6A6F6273707954L);
        String[] recent = new String[RECENT];
        StringBuilder chunk = new StringBuilder(CHUNK + 1024);
        if (format == OutputFormat.CSV) {
            chunk.append(PostingLines.CSV_HEADER);
        } else if (format == OutputFormat.JOBSPY) {
            chunk.append(JobSpyLines.CSV_HEADER);
        }
        long unique = 0;
        for (long row = 0; row < rows; row++) {
            if (isDuplicate(row) && unique > 0) {
                chunk.append(recent[rng.nextInt((int) Math.min(unique, RECENT))]);
            } else {
                unique++;
                GeneratedPosting posting = source.next(id(unique));
                int start = chunk.length();
                switch (format) {
                    case CSV -> PostingLines.csv(chunk, posting);
                    case JSONL -> PostingLines.json(chunk, posting);
                    case JOBSPY -> JobSpyLines.csv(chunk, posting, text);
                }
                recent[(int) (unique % RECENT)] = chunk.substring(start);
            }
            if (chunk.length() >= CHUNK) {
                out.write(chunk.toString());
                chunk.setLength(0);
            }
        }
        out.write(chunk.toString());
        out.flush();
    }

    /** Rows 333, 666, 999, ... (0-based): evenly spread, so {@code rows} always holds the same number. */
    static boolean isDuplicate(long row) {
        return (row + 1) * DUPLICATES_PER_THOUSAND / 1000 > row * DUPLICATES_PER_THOUSAND / 1000;
    }

    /** "P0000001": at least seven digits, so ids sort as text up to ten million postings. */
    private static String id(long ordinal) {
        String digits = Long.toString(ordinal);
        return "P" + "0".repeat(Math.max(0, 7 - digits.length())) + digits;
    }
}
