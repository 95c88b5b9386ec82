package io.postings.report;

/** Postings of a role posted in one calendar month ({@code yyyy-mm}). */
public record MonthCount(String month, long postings) {
}
