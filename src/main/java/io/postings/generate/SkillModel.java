package io.postings.generate;

import java.util.BitSet;

/**
 * How often a role's postings list a skill: {@code unsalariedShare} of the postings without a
 * valid US salary, {@code salariedShare} of those with one. A premium skill (one with a
 * published median salary) goes to a set of salary ranks, {@link #ranks}, drawn from the
 * density {@code (power + 1) u^power} over the salary quantile u: it leans toward better-paid
 * postings so that their median is the published one, while its share of all postings stays put.
 */
record SkillModel(String name, double salariedShare, double unsalariedShare, boolean premium, double power) {

    /**
     * The salary ranks (of n, lowest pay first) whose postings list this premium skill:
     * {@code salariedShare * n} of them, one per stratum of the density, so that their median
     * lands within a stratum of the target instead of wherever sampling noise puts it.
     */
    BitSet ranks(int n, Rng rng) {
        int count = (int) Math.min(n, Math.round(salariedShare * n));
        BitSet taken = new BitSet(n);
        for (int k = 0; k < count; k++) {
            double u = StrictMath.pow((k + rng.nextDouble()) / count, 1 / (power + 1));
            int want = Math.min(n - 1, (int) (u * n));
            for (int d = 0; ; d++) {
                if (want - d >= 0 && !taken.get(want - d)) {
                    taken.set(want - d);
                    break;
                }
                if (want + d < n && !taken.get(want + d)) {
                    taken.set(want + d);
                    break;
                }
            }
        }
        return taken;
    }

    /**
     * @param share          the skill's share of all the role's postings
     * @param postings       the role's postings per full pass
     * @param salary         the role's pay
     * @param premiumMedian  the median salary of the role's postings with the skill, or NaN
     * @param premiumN       how many salaried postings list it, or -1 for share * n
     */
    static SkillModel of(String name, double share, int postings, SalaryModel salary, double premiumMedian,
            int premiumN) {
        double salaried = premiumN >= 0 && salary.n() > 0 ? (double) premiumN / salary.n() : share;
        double unsalaried = postings > salary.n()
                ? Math.max(0, (share * postings - salaried * salary.n()) / (postings - salary.n()))
                : share;
        if (Double.isNaN(premiumMedian)) {
            return new SkillModel(name, salaried, unsalaried, false, 0);
        }
        // The density (power + 1) u^power has its median at 0.5^(1 / (power + 1)).
        double q = salary.quantileOf(premiumMedian);
        return new SkillModel(name, salaried, unsalaried, true, StrictMath.log(0.5) / StrictMath.log(q) - 1);
    }
}
