package io.postings.report;

/**
 * Median annual base salary of a role's postings in one country outside the US, in the currency
 * the input states (METRICS.md section 10). Not converted: amounts in different currencies do
 * not compare.
 *
 * @param country     ISO 3166-1 alpha-2 code
 * @param currency    ISO 4217 code as stated
 * @param n           the role's postings in that country with a salary in that currency
 * @param median      exact median of those annual figures
 * @param smallSample n &lt; 50
 */
public record LocalSalary(String country, String currency, long n, double median, boolean smallSample) {
}
