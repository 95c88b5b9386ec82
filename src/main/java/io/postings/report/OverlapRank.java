package io.postings.report;

/**
 * Where a pair's top-N Jaccard stands among every pair of distinct roles that both have at
 * least {@code minPostings} postings. Ranks count ties generously: {@code rankLowest} is 1
 * plus the number of pairs with a strictly lower Jaccard, {@code rankHighest} 1 plus the
 * number with a strictly higher one.
 *
 * @param roles       roles with at least {@code minPostings} postings
 * @param pairs       pairs of those roles whose Jaccard exists (some skill in either top set)
 * @param rankLowest  null when this pair is not among {@code pairs}
 * @param rankHighest null when this pair is not among {@code pairs}
 * @param lowest      the lowest Jaccard of all pairs, null when there are none
 * @param highest     the highest Jaccard of all pairs, null when there are none
 */
public record OverlapRank(
        int minPostings,
        int roles,
        int pairs,
        Integer rankLowest,
        Integer rankHighest,
        Double lowest,
        Double highest) {
}
