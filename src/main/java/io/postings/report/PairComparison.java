package io.postings.report;

import java.util.List;

/**
 * What docs/METRICS.md computes for a pair of roles.
 *
 * @param jaccard   |top(A) ∩ top(B)| / |top(A) ∪ top(B)|, null when the union is empty
 * @param salaryGap   null when either role has no median
 * @param overlapRank where this pair's Jaccard ranks among all pairs of roles with enough postings
 * @param seniorityAdjustedGap the gap within seniority levels, weighted by the pooled mix; null when no level has both
 */
public record PairComparison(
        Double jaccard,
        int intersection,
        int union,
        List<PairSkill> shared,
        List<PairSkill> exclusiveA,
        List<PairSkill> exclusiveB,
        SalaryGap salaryGap,
        Volume volume,
        OverlapRank overlapRank,
        AdjustedGap seniorityAdjustedGap) {

    public PairComparison(Double jaccard, int intersection, int union, List<PairSkill> shared,
            List<PairSkill> exclusiveA, List<PairSkill> exclusiveB, SalaryGap salaryGap, Volume volume,
            OverlapRank overlapRank) {
        this(jaccard, intersection, union, shared, exclusiveA, exclusiveB, salaryGap, volume, overlapRank, null);
    }

    /** A pair without its overlap rank (null): the rank needs every role, not just these two. */
    public PairComparison(Double jaccard, int intersection, int union, List<PairSkill> shared,
            List<PairSkill> exclusiveA, List<PairSkill> exclusiveB, SalaryGap salaryGap, Volume volume) {
        this(jaccard, intersection, union, shared, exclusiveA, exclusiveB, salaryGap, volume, null, null);
    }

    public PairComparison withOverlapRank(OverlapRank rank) {
        return new PairComparison(jaccard, intersection, union, shared, exclusiveA, exclusiveB, salaryGap, volume, rank,
                seniorityAdjustedGap);
    }
}
