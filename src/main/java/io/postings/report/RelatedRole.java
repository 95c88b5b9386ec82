package io.postings.report;

/**
 * Another role and how much of its top-N skill list it shares with the profiled role.
 *
 * @param jaccard |top(R) ∩ top(other)| / |top(R) ∪ top(other)| (METRICS.md section 3)
 */
public record RelatedRole(String role, long postings, double jaccard, int intersection, int union) {
}
