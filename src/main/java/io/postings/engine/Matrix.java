package io.postings.engine;

import io.postings.report.InputSummary;
import io.postings.report.MatrixReport;
import io.postings.report.OverlapRank;
import io.postings.report.Parameters;
import io.postings.report.RoleCount;
import io.postings.report.RolePair;
import io.postings.report.TaxonomyVersions;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The top-N Jaccard of every pair of roles (docs/METRICS.md section 3, applied to all pairs), and
 * where one pair stands among them. Top sets come from {@link PairAnalysis#topSet}, so a
 * pair's number here is exactly the one {@code compare} prints for it.
 */
public final class Matrix {

    /** Jaccard descending, compared exactly as fractions; pairs without one last; then names. */
    private static final Comparator<RolePair> ORDER = Comparator
            .comparing((RolePair p) -> p.jaccard() == null)
            .thenComparing((p, q) -> p.jaccard() == null ? 0 : compareFractions(q, p))
            .thenComparing(RolePair::a, Names.ORDER)
            .thenComparing(RolePair::b, Names.ORDER);

    private Matrix() {
    }

    /**
     * The matrix over {@code requested} roles (null: every role with postings) that have at least
     * {@code params.minPostings()} postings; the others are listed as excluded.
     */
    public static MatrixReport matrix(Aggregation agg, List<String> requested, Parameters params, List<String> files,
            TaxonomyVersions taxonomy) {
        List<RoleAggregate> candidates = new ArrayList<>();
        if (requested == null) {
            candidates.addAll(agg.roles());
        } else {
            for (String role : requested) {
                if (candidates.stream().noneMatch(c -> c.role().equals(role))) {
                    candidates.add(agg.role(role));
                }
            }
        }
        List<RoleAggregate> included = new ArrayList<>();
        List<RoleCount> excluded = new ArrayList<>();
        for (RoleAggregate role : candidates) {
            if (role.postings() >= params.minPostings()) {
                included.add(role);
            } else {
                excluded.add(new RoleCount(role.role(), role.postings()));
            }
        }
        Comparator<RoleCount> byPostings = Comparator.comparingLong(RoleCount::postings).reversed()
                .thenComparing(RoleCount::role, Names.ORDER);
        List<RoleCount> roles = included.stream().map(r -> new RoleCount(r.role(), r.postings()))
                .sorted(byPostings).toList();
        InputSummary input = agg.stats().result(files, Comparison.TOP_UNMAPPED);
        return new MatrixReport(MatrixReport.SCHEMA, params, input, requested == null ? null : List.copyOf(requested), roles,
                excluded.stream().sorted(byPostings).toList(), pairs(included, params.top()), taxonomy);
    }

    /**
     * Where the pair (a, b) stands among all pairs of distinct roles with at least
     * {@code minPostings} postings; the ranks are null when the pair is not one of them.
     */
    public static OverlapRank rank(Aggregation agg, String a, String b, int top, int minPostings) {
        List<RoleAggregate> eligible = agg.roles().stream().filter(r -> r.postings() >= minPostings).toList();
        List<RolePair> pairs = pairs(eligible, top).stream().filter(p -> p.jaccard() != null).toList();
        String first = Names.ORDER.compare(a, b) <= 0 ? a : b;
        String second = first.equals(a) ? b : a;
        RolePair mine = pairs.stream().filter(p -> p.a().equals(first) && p.b().equals(second)).findFirst().orElse(null);
        Integer rankLowest = null;
        Integer rankHighest = null;
        if (mine != null) {
            int lower = 0;
            int higher = 0;
            for (RolePair p : pairs) {
                int c = compareFractions(p, mine);
                if (c < 0) {
                    lower++;
                } else if (c > 0) {
                    higher++;
                }
            }
            rankLowest = lower + 1;
            rankHighest = higher + 1;
        }
        // Pairs are sorted highest first.
        Double highest = pairs.isEmpty() ? null : pairs.get(0).jaccard();
        Double lowest = pairs.isEmpty() ? null : pairs.get(pairs.size() - 1).jaccard();
        return new OverlapRank(minPostings, eligible.size(), pairs.size(), rankLowest, rankHighest, lowest, highest);
    }

    /** Every pair of the roles, each named in name order, sorted by {@link #ORDER}. */
    static List<RolePair> pairs(List<RoleAggregate> roles, int top) {
        Map<String, Set<String>> topSets = new LinkedHashMap<>();
        for (RoleAggregate role : roles) {
            topSets.put(role.role(), PairAnalysis.topSet(role, top));
        }
        List<String> names = new ArrayList<>(topSets.keySet());
        names.sort(Names.ORDER);
        List<RolePair> pairs = new ArrayList<>(names.size() * (names.size() - 1) / 2);
        for (int i = 0; i < names.size(); i++) {
            Set<String> first = topSets.get(names.get(i));
            for (int j = i + 1; j < names.size(); j++) {
                Set<String> second = topSets.get(names.get(j));
                int shared = 0;
                for (String skill : first) {
                    if (second.contains(skill)) {
                        shared++;
                    }
                }
                int union = first.size() + second.size() - shared;
                pairs.add(new RolePair(names.get(i), names.get(j), union == 0 ? null : (double) shared / union,
                        shared, union, 0));
            }
        }
        pairs.sort(ORDER);
        // Competition ranks over the sorted list: a pair ties the one before it when their fractions are equal.
        List<RolePair> ranked = new ArrayList<>(pairs.size());
        for (int i = 0; i < pairs.size(); i++) {
            RolePair p = pairs.get(i);
            RolePair before = i == 0 ? null : pairs.get(i - 1);
            boolean tie = before != null && (p.jaccard() == null ? before.jaccard() == null
                    : before.jaccard() != null && compareFractions(p, before) == 0);
            int rank = tie ? ranked.get(i - 1).rank() : i + 1;
            ranked.add(new RolePair(p.a(), p.b(), p.jaccard(), p.intersection(), p.union(), rank));
        }
        return List.copyOf(ranked);
    }

    /** intersection/union of p against q, exactly; both must have a Jaccard. */
    private static int compareFractions(RolePair p, RolePair q) {
        return Long.compare((long) p.intersection() * q.union(), (long) q.intersection() * p.union());
    }
}
