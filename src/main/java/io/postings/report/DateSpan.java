package io.postings.report;

/**
 * The first and last posted date (yyyy-mm-dd) of the postings analysed, both inclusive.
 */
public record DateSpan(String first, String last) {
}
