package io.postings.report;

/**
 * Median US base salary of the postings of a role that ask for one skill.
 *
 * @param premium     median - baseline
 * @param premiumPct  premium / baseline
 * @param smallSample n &lt; 50
 * @param significant the baseline lies outside the interval
 */
public record SkillSalary(
        String skill,
        long n,
        double median,
        double premium,
        double premiumPct,
        Interval interval,
        boolean smallSample,
        boolean significant) {
}
