package io.postings.input;

/**
 * What an input's first bytes turned out to be when it was opened (shown by {@code inspect}).
 *
 * @param format the reader chosen, from the name's extension or the first non-blank byte
 * @param gzip   the bytes were gzip-compressed
 * @param bom    the text began with a UTF-8 byte-order mark (skipped)
 * @param checksum the raw bytes' checksum as they are read (finished once the reader is done), or null
 */
public record Opened(Format format, boolean gzip, boolean bom, Checksum checksum) {

    public Opened(Format format, boolean gzip, boolean bom) {
        this(format, gzip, bom, null);
    }

    Opened withChecksum(Checksum sum) {
        return new Opened(format, gzip, bom, sum);
    }
}
