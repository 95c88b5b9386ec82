package io.postings.render;

import io.postings.report.Example;
import io.postings.report.Interval;
import io.postings.report.OverlapRank;
import io.postings.report.PairComparison;
import io.postings.report.Problem;
import io.postings.report.Parameters;
import io.postings.report.RoleProfile;
import io.postings.report.SalaryGap;
import io.postings.report.SalarySummary;
import io.postings.report.Share;
import io.postings.report.SkillSalary;
import io.postings.report.Volume;
import java.util.ArrayList;
import java.util.List;

/**
 * The wording shared by the terminal and Markdown renderers, so both say the same thing the
 * way the articles say it. Results are plain text that may contain input (role and skill
 * names); each renderer makes them safe for its own medium.
 */
final class Phrases {

    /** Longest problem detail shown; a rejected row's text can be a whole CSV line. */
    static final int MAX_DETAIL = 80;

    /** Most unmapped skills listed; the JSON output carries the full list. */
    static final int MAX_UNMAPPED = 20;

    static final List<String> SENIORITY = List.of("entry", "mid", "senior", "staff", "unknown");
    static final List<String> WORK_MODE = List.of("remote", "hybrid", "onsite", "unknown");

    private Phrases() {
    }

    static String title(RoleProfile a, RoleProfile b) {
        return a.role() + " vs " + b.role();
    }

    /** {@code $150,000 (n=545)}; {@code – (n=0)} without a median. */
    static String medianWithN(SalarySummary salary) {
        return money(salary.median()) + " (n=" + Numbers.count(salary.n()) + ")";
    }

    /** {@code AWS 43%}. */
    static String topSkill(Share topSkill) {
        return topSkill == null ? Numbers.NONE : topSkill.key() + " " + share(topSkill);
    }

    /** {@code 2.0% (144)}: entry / postings(R) to one decimal, with the count as articles quote it. */
    static String entryLevel(RoleProfile role) {
        Share entry = role.seniorityBucket("entry");
        return Numbers.percent1(entry.count(), entry.of()) + " (" + Numbers.count(entry.count()) + ")";
    }

    static String remote(RoleProfile role) {
        return share(role.workModeBucket("remote"));
    }

    /** {@code Top-30 skill overlap (Jaccard): 43% (18 of 42 skills)}. */
    static String overlap(PairComparison pair, int top) {
        String head = "Top-" + top + " skill overlap (Jaccard): ";
        if (pair.jaccard() == null) {
            return head + "n/a (neither role asks for any skill)";
        }
        return head + Numbers.percent(pair.intersection(), pair.union())
                + " (" + Numbers.count(pair.intersection()) + " of " + Numbers.count(pair.union()) + " skills)";
    }

    /**
     * {@code Overlap rank: 75th highest of 210 pairs of roles with at least 100 postings (lowest 7%,
     * highest 82%), a moderate overlap among the pairs of roles we have compared}; null when the
     * report has no rank (built without the other roles).
     */
    static String overlapRank(OverlapRank rank) {
        if (rank == null) {
            return null;
        }
        String head = "Overlap rank: ";
        if (rank.rankLowest() == null) {
            return head + "n/a (ranked only when both roles have at least " + Numbers.count(rank.minPostings())
                    + " postings and some skill)";
        }
        String standing = overlapStanding(rank);
        return head + overlapPosition(rank) + " (lowest " + Numbers.fraction0(rank.lowest())
                + ", highest " + Numbers.fraction0(rank.highest()) + ")"
                + (standing == null ? "" : ", " + standing);
    }

    /** {@code 7th highest of 210 pairs of roles with at least 100 postings}: from the nearer end. */
    static String overlapPosition(OverlapRank rank) {
        boolean fromTop = rank.rankHighest() < rank.rankLowest();
        return ordinal(fromTop ? rank.rankHighest() : rank.rankLowest()) + (fromTop ? " highest" : " lowest")
                + " of " + Numbers.count(rank.pairs()) + (rank.pairs() == 1 ? " pair" : " pairs")
                + " of roles with at least " + Numbers.count(rank.minPostings()) + " postings";
    }

    /**
     * Where the pair stands by terciles of all ranked pairs (docs/METRICS.md section 10): {@code one
     * of the highest overlaps between any two roles we have compared} in the top third, {@code one of
     * the lowest ...} in the bottom third ("the" for the very highest or lowest), {@code a moderate
     * overlap among the pairs of roles we have compared} in between; null with fewer than 3 pairs.
     */
    static String overlapStanding(OverlapRank rank) {
        if (rank == null || rank.rankLowest() == null || rank.pairs() < 3) {
            return null;
        }
        // rank * 3 <= pairs: the rank is within the first third counted from that end.
        boolean high = 3L * rank.rankHighest() <= rank.pairs();
        boolean low = 3L * rank.rankLowest() <= rank.pairs();
        if (high == low) {
            return "a moderate overlap among the pairs of roles we have compared";
        }
        String end = high ? "highest" : "lowest";
        int position = high ? rank.rankHighest() : rank.rankLowest();
        return (position == 1 ? "the " + end + " overlap" : "one of the " + end + " overlaps")
                + " between any two roles we have compared";
    }

    /** {@code 1st}, {@code 2nd}, {@code 3rd}, {@code 11th}, {@code 22nd}. */
    static String ordinal(long n) {
        long lastTwo = Math.abs(n) % 100;
        long last = Math.abs(n) % 10;
        String suffix = lastTwo >= 11 && lastTwo <= 13 ? "th" : last == 1 ? "st" : last == 2 ? "nd" : last == 3 ? "rd" : "th";
        return Numbers.count(n) + suffix;
    }

    /** {@code Salary gap: $18,500 (14.1%) higher for A, Mann-Whitney p=0.0004}. */
    static String salaryGap(PairComparison pair, RoleProfile a, RoleProfile b) {
        SalaryGap gap = pair.salaryGap();
        if (gap == null) {
            List<String> without = new ArrayList<>();
            for (RoleProfile role : List.of(a, b)) {
                if (role.salary().median() == null) {
                    without.add(role.role());
                }
            }
            String who = without.isEmpty() ? "a role" : String.join(" and ", without);
            return "Salary gap: cannot be computed (no valid US salaries for " + who + ")";
        }
        // The sign says which role pays more; the amount is shown unsigned as the articles do.
        String direction = gap.usd() > 0 ? " higher for " + a.role()
                : gap.usd() < 0 ? " higher for " + b.role() : "";
        String amount = Numbers.money(Math.abs(gap.usd()));
        if (amount.equals("$0")) {
            direction = "";
        }
        String p = gap.pValue() == null ? "p=n/a" : Numbers.pValue(gap.pValue());
        return "Salary gap: " + amount + " (" + Numbers.fraction1(gap.pct()) + ")" + direction
                + ", Mann-Whitney " + p;
    }

    /** {@code Volume: 1.05x (A has 349 more postings)}: larger over smaller, and the difference. */
    static String volume(Volume volume, RoleProfile a, RoleProfile b) {
        String ratio = volume.largerOverSmaller() == null ? "n/a" : Numbers.ratio(volume.largerOverSmaller());
        long diff = volume.difference();
        String more = diff == 0 ? "the same number of postings"
                : (diff > 0 ? a.role() : b.role()) + " has " + Numbers.count(Math.abs(diff)) + (Math.abs(diff) == 1 ? " more posting" : " more postings");
        return "Volume: " + ratio + " (" + more + ")";
    }

    /** {@code Baseline: $150,000 (n=545, 7.5% of postings), 95% interval $146,000–$155,000}. */
    static String baseline(RoleProfile role, String rangeSeparator) {
        SalarySummary salary = role.salary();
        if (salary.median() == null) {
            return "Baseline: " + Numbers.NONE + " (no valid US salaries)";
        }
        String interval = salary.interval() == null
                ? "no 95% interval (n too small)"
                : "95% interval " + interval(salary.interval(), rangeSeparator);
        return "Baseline: " + Numbers.money(salary.median()) + " (n=" + Numbers.count(salary.n()) + ", "
                + Numbers.percent1(salary.n(), role.postings()) + " of postings), " + interval;
    }

    static String interval(Interval interval, String separator) {
        return interval == null ? Numbers.NONE
                : Numbers.money(interval.low()) + separator + Numbers.money(interval.high());
    }

    static String flags(SkillSalary skill) {
        List<String> flags = new ArrayList<>(2);
        if (skill.smallSample()) {
            flags.add("small sample");
        }
        if (skill.significant()) {
            flags.add("significant");
        }
        return String.join(", ", flags);
    }

    static String noSkillSalaries(int minN) {
        return "No skill has at least " + Numbers.count(minN) + " valid US salaries (min n).";
    }

    /** {@code Parameters: top 30, min n 25, top K 10, 2,080 hours/year, estimated pay excluded, dedupe id}. */
    static String parameters(Parameters p) {
        StringBuilder out = new StringBuilder("Parameters: top ").append(p.top())
                .append(", min n ").append(p.minN())
                .append(", top K ").append(p.topK())
                .append(", ").append(Numbers.count(p.hoursPerYear())).append(" hours/year")
                .append(", estimated pay ").append(p.includeEstimated() ? "included" : "excluded");
        if (p.dedupe() != null && !p.dedupe().isEmpty()) {
            out.append(", dedupe ").append(p.dedupe());
        }
        return out.toString();
    }

    /** Where a problem was seen, as {@code file:line}. */
    /** Rows of the problems table: kind, count, first example's place and detail, then one row per further example. */
    static List<String[]> problemRows(List<Problem> problems) {
        List<String[]> rows = new java.util.ArrayList<>();
        for (Problem problem : problems) {
            List<Example> examples = problem.examples();
            if (examples.isEmpty()) {
                rows.add(new String[] {problem.kind(), Numbers.count(problem.count()), "", ""});
            }
            for (int i = 0; i < examples.size(); i++) {
                Example example = examples.get(i);
                rows.add(new String[] {i == 0 ? problem.kind() : "", i == 0 ? Numbers.count(problem.count()) : "",
                        where(example), detail(example)});
            }
        }
        return rows;
    }

    /**
     * {@code Most postings matched no role (1,240 of 1,928): job title looks like titles: try --map
     * "title=job title"}; null when most did get one. Names the unused columns that look like
     * titles when the input has them, else points at the unmatched titles.
     */
    static String mostWithoutRole(io.postings.report.InputSummary input) {
        if (input.withoutRole() * 2 <= input.postings()) {
            return null;
        }
        String head = "Most postings matched no role (" + Numbers.count(input.withoutRole()) + " of "
                + Numbers.count(input.postings()) + ")";
        for (Problem p : input.problems()) {
            if (p.kind().equals("unread_title_columns") && !p.examples().isEmpty()) {
                List<String> details = new ArrayList<>();
                p.examples().forEach(e -> details.add(e.detail()));
                return head + ": " + String.join("; ", details);
            }
        }
        return head + ": see the titles without a role below";
    }

    static String where(Example example) {
        return example.where() == null ? "" : example.where();
    }

    /** What was wrong there, cut to {@link #MAX_DETAIL} characters. */
    static String detail(Example example) {
        return example.detail() == null ? "" : shorten(example.detail(), MAX_DETAIL);
    }

    static String moreUnmapped(int hidden) {
        return "… and " + Numbers.count(hidden) + " more (the JSON output lists all)";
    }

    /** {@code 43%}, whole percent from the share's own integers. */
    static String share(Share share) {
        return share == null ? Numbers.NONE : Numbers.percent(share.count(), share.of());
    }

    static String money(Double usd) {
        return usd == null ? Numbers.NONE : Numbers.money(usd);
    }

    /** The text cut to at most {@code max} code points, ending in an ellipsis when cut. */
    static String shorten(String text, int max) {
        if (text.codePointCount(0, text.length()) <= max) {
            return text;
        }
        return text.substring(0, text.offsetByCodePoints(0, max - 1)) + "…";
    }
}
