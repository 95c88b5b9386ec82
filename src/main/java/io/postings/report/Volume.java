package io.postings.report;

/**
 * @param ratio               postings(A) / postings(B), null when B has none
 * @param largerOverSmaller   the larger count over the smaller, null when either is zero
 * @param difference          postings(A) - postings(B)
 */
public record Volume(Double ratio, Double largerOverSmaller, long difference) {
}
