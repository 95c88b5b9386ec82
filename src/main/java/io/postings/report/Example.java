package io.postings.report;

/** Where a problem was seen ({@code file:line}) and the offending value or reason. */
public record Example(String where, String detail) {
}
