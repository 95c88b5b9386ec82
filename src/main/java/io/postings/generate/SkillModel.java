package io.postings.generate;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.Map;

/**
 * How often a role's postings list a skill: {@code unsalariedShare} of the postings without a
 * valid US salary, {@code salariedShare} of those with one. A premium skill (one with a
 * published median salary) goes to a set of salary ranks, {@link #ranks}, drawn from the
 * density {@code (power + 1) u^power} over the salary quantile u: it leans toward better-paid
 * postings so that their median is the published one, while its share of all postings stays put.
 */
record SkillModel(String name, double salariedShare, double unsalariedShare, boolean premium, double power,
        double premiumMedian) {
    /**
     * How far up the stated pay of a posting above the role's median can be from its salary:
     * an hourly rate rounded up to whole dollars at 2,080 hours (the coarsest rounding
     * {@link PostingSource} does).
     */
    private static final double COARSEST_ROUNDING = 2080;

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
     * Pins a premium skill's median to its published figure m: the fewest of the skill's
     * postings ({@code ranks}) nearest m state m itself ({@code pinned}: rank to annual pay),
     * until at most (c - 1) / 2 of its c postings pay less than m and at most as many pay more,
     * which makes m the median. The stratified ranks already land the median within about 1%,
     * so few postings move, by less than that, all on the same side of the role's median.
     * Postings pinned for another skill stay as they are; left alone when that is not enough.
     */
    void pinMedian(BitSet ranks, SalaryModel salary, Map<Integer, Double> pinned) {
        int[] taken = ranks.stream().toArray();
        if (!premium || taken.length == 0) {
            return;
        }
        int most = (taken.length - 1) / 2;
        int below = 0;
        int above = 0;
        List<Integer> pins = new ArrayList<>();
        for (int rank : taken) {
            double pay = pay(rank, salary, pinned);
            if (!pinned.containsKey(rank) && pay <= premiumMedian && pay > premiumMedian - COARSEST_ROUNDING) {
                // Rounded up as stated, this one might land on either side of m: it states m.
                pins.add(rank);
            } else {
                below += pay < premiumMedian ? 1 : 0;
                above += pay > premiumMedian ? 1 : 0;
            }
        }
        // Ranks are in pay order, so the postings nearest m are next to where m falls.
        for (int i = taken.length - 1; i >= 0 && below > most; i--) {
            if (pay(taken[i], salary, pinned) < premiumMedian && !pinned.containsKey(taken[i]) && !pins.contains(taken[i])) {
                pins.add(taken[i]);
                below--;
            }
        }
        for (int i = 0; i < taken.length && above > most; i++) {
            if (pay(taken[i], salary, pinned) > premiumMedian && !pinned.containsKey(taken[i])) {
                pins.add(taken[i]);
                above--;
            }
        }
        if (below <= most && above <= most) {
            pins.forEach(rank -> pinned.put(rank, premiumMedian));
        }
    }

    private static double pay(int rank, SalaryModel salary, Map<Integer, Double> pinned) {
        Double pin = pinned.get(rank);
        return pin != null ? pin : salary.annualAt((rank + 0.5) / salary.n());
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
            return new SkillModel(name, salaried, unsalaried, false, 0, Double.NaN);
        }
        // The density (power + 1) u^power has its median at 0.5^(1 / (power + 1)).
        double q = salary.quantileOf(premiumMedian);
        return new SkillModel(name, salaried, unsalaried, true, StrictMath.log(0.5) / StrictMath.log(q) - 1, premiumMedian);
    }
}
