package io.postings.report;

import java.util.List;

/**
 * What METRICS.md computes for a pair of roles.
 *
 * @param jaccard   |top(A) ∩ top(B)| / |top(A) ∪ top(B)|, null when the union is empty
 * @param salaryGap null when either role has no median
 */
public record PairComparison(
        Double jaccard,
        int intersection,
        int union,
        List<PairSkill> shared,
        List<PairSkill> exclusiveA,
        List<PairSkill> exclusiveB,
        SalaryGap salaryGap,
        Volume volume) {
}
