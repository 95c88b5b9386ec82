package io.postings.input;

/**
 * What an input's first bytes turned out to be when it was opened (shown by {@code inspect}).
 *
 * @param format the reader chosen, from the name's extension or the first non-blank byte
 * @param gzip   the bytes were gzip-compressed
 * @param bom    the text began with a UTF-8 byte-order mark (skipped)
 */
public record Opened(Format format, boolean gzip, boolean bom) {
}
