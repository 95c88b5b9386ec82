package io.postings.report;

/** A role and its number of postings. */
public record RoleCount(String role, long postings) {
}
