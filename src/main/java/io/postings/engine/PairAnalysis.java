package io.postings.engine;

import io.postings.normalize.Seniority;
import io.postings.report.AdjustedGap;
import io.postings.report.PairComparison;
import io.postings.report.PairSkill;
import io.postings.report.SalaryGap;
import io.postings.report.Share;
import io.postings.report.Volume;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.apache.commons.math3.stat.inference.MannWhitneyUTest;

/** The pair numbers of docs/METRICS.md sections 3-5 and 8: overlap, shared and exclusive skills, gap, volume. */
public final class PairAnalysis {
    private PairAnalysis() {
    }

    public static PairComparison compare(RoleAggregate a, RoleAggregate b, int top) {
        Set<String> topA = topSet(a, top);
        Set<String> topB = topSet(b, top);
        Set<String> union = new LinkedHashSet<>(topA);
        union.addAll(topB);
        List<PairSkill> shared = new ArrayList<>();
        List<PairSkill> onlyA = new ArrayList<>();
        List<PairSkill> onlyB = new ArrayList<>();
        for (String s : topA) {
            (topB.contains(s) ? shared : onlyA).add(pairSkill(s, a, b));
        }
        for (String s : topB) {
            if (!topA.contains(s)) {
                onlyB.add(pairSkill(s, a, b));
            }
        }
        long pa = a.postings();
        long pb = b.postings();
        // share(A,s) + share(B,s) compared exactly: over the common denominator pa*pb.
        shared.sort(Comparator.comparingLong((PairSkill s) -> s.countA() * pb + s.countB() * pa).reversed()
                .thenComparing(PairSkill::skill, Names.ORDER));
        onlyA.sort(Comparator.comparingLong(PairSkill::countA).reversed().thenComparing(PairSkill::skill, Names.ORDER));
        onlyB.sort(Comparator.comparingLong(PairSkill::countB).reversed().thenComparing(PairSkill::skill, Names.ORDER));
        Double jaccard = union.isEmpty() ? null : (double) shared.size() / union.size();
        return new PairComparison(jaccard, shared.size(), union.size(), List.copyOf(shared), List.copyOf(onlyA),
                List.copyOf(onlyB), salaryGap(a.salaries(), b.salaries()), volume(pa, pb), null, adjustedGap(a, b));
    }

    /** top(R, N) as a set of skill names, in rank order (docs/METRICS.md section 3). */
    static Set<String> topSet(RoleAggregate role, int top) {
        return names(role.rankedSkills(), top);
    }

    private static Set<String> names(List<Share> ranked, int top) {
        Set<String> out = new LinkedHashSet<>();
        for (Share s : ranked.subList(0, Math.min(top, ranked.size()))) {
            out.add(s.key());
        }
        return out;
    }

    private static PairSkill pairSkill(String skill, RoleAggregate a, RoleAggregate b) {
        Share sa = Share.of(skill, a.skillCount(skill), a.postings());
        Share sb = Share.of(skill, b.skillCount(skill), b.postings());
        return new PairSkill(skill, sa.count(), sa.share(), sb.count(), sb.share());
    }

    static SalaryGap salaryGap(double[] sa, double[] sb) {
        if (sa.length == 0 || sb.length == 0) {
            return null;
        }
        double ma = OrderStatistics.median(sa);
        double mb = OrderStatistics.median(sb);
        double usd = ma - mb;
        double pValue = new MannWhitneyUTest().mannWhitneyUTest(sa, sb);
        return new SalaryGap(usd, Math.abs(usd) / Math.min(ma, mb), Double.isNaN(pValue) ? null : pValue);
    }

    /**
     * Within each level where both roles have salaries, the two medians; each role's medians
     * weighted by the pooled count of salaried postings at that level. The numerators are summed
     * in level order (entry, mid, senior, staff) and divided once (METRICS.md section 10).
     */
    static AdjustedGap adjustedGap(RoleAggregate a, RoleAggregate b) {
        List<String> levels = new ArrayList<>();
        long n = 0;
        double sumA = 0;
        double sumB = 0;
        for (Seniority level : Seniority.values()) {
            double[] sa = a.salaries(level);
            double[] sb = b.salaries(level);
            if (sa.length == 0 || sb.length == 0) {
                continue;
            }
            long weight = (long) sa.length + sb.length;
            levels.add(level.key());
            n += weight;
            sumA += weight * OrderStatistics.median(sa);
            sumB += weight * OrderStatistics.median(sb);
        }
        if (n == 0) {
            return null;
        }
        double standardizedA = sumA / n;
        double standardizedB = sumB / n;
        double usd = standardizedA - standardizedB;
        return new AdjustedGap(List.copyOf(levels), n, standardizedA, standardizedB, usd,
                Math.abs(usd) / Math.min(standardizedA, standardizedB));
    }

    static Volume volume(long pa, long pb) {
        Double ratio = pb == 0 ? null : (double) pa / pb;
        Double larger = pa == 0 || pb == 0 ? null : (double) Math.max(pa, pb) / Math.min(pa, pb);
        return new Volume(ratio, larger, pa - pb);
    }
}
