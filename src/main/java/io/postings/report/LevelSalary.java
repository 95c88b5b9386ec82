package io.postings.report;

/**
 * Median US base salary of a role's postings at one seniority level (METRICS.md section 10).
 *
 * @param level       entry, mid, senior or staff
 * @param n           postings of the role at that level with a valid US base salary
 * @param median      exact median of those salaries, null when n is 0
 * @param smallSample n &lt; 50
 */
public record LevelSalary(String level, long n, Double median, boolean smallSample) {
}
