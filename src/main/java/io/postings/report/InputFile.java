package io.postings.report;

/**
 * One input as read, so that a drift can be told apart from a new dump.
 *
 * @param file   the input as named on the command line ("-" for standard input)
 * @param bytes  its size as read (compressed, as on disk)
 * @param sha256 the SHA-256 of those bytes, hex, as {@code sha256sum} prints it
 * @param rows   records read from it (postings + duplicates + rejected)
 */
public record InputFile(String file, long bytes, String sha256, long rows) {
}
