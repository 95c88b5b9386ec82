package io.postings.report;

/**
 * One skill of one role: how many postings ask for it, and the US base salary of those
 * postings when at least {@code min_n} of them state one.
 *
 * @param n           postings of the role with the skill and a valid US base salary: n(R, s)
 * @param median      median(R, s), null when n &lt; min_n
 * @param premium     median - baseline(R), null when there is no median
 * @param premiumPct  premium / baseline(R), null when there is no median
 * @param interval    95% interval of the median, null when there is no median or n &lt;= 5
 * @param smallSample n &lt; 50 (only meaningful with a median)
 * @param significant the baseline lies outside the interval
 */
public record SkillLine(
        String skill,
        long count,
        long of,
        double share,
        long n,
        Double median,
        Double premium,
        Double premiumPct,
        Interval interval,
        boolean smallSample,
        boolean significant) {
}
