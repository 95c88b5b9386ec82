package io.postings.report;

/**
 * The top-N overlap of two roles: {@code jaccard = intersection / union}, null when neither
 * role asks for any skill. {@code a} sorts before {@code b} by name.
 *
 * @param rank 1 plus the number of pairs with a higher Jaccard (ties share a rank); pairs without one rank last
 */
public record RolePair(String a, String b, Double jaccard, int intersection, int union, int rank) {
}
