package io.postings.normalize;

import java.util.Set;

/**
 * One normalized posting: the record of docs/METRICS.md section 1. Unknown values are {@code null}.
 *
 * @param id        input id, or {@code file:line} when the input has none
 * @param role      canonical role, or null when the title matches no role
 * @param company   display form of the company as written (grouping is case-insensitive)
 * @param country   ISO 3166-1 alpha-2 code
 * @param salary    annual US base salary in USD when {@code salaryStatus} is VALID, else NaN
 * @param skills    canonical skill names, each once
 * @param location  the location text as written, kept for content de-duplication
 * @param postedAt  ISO date text (yyyy-mm-dd) or null
 * @param salarySource where the stated salary came from (columns, text, or the source's estimate); null when none
 * @param localCurrency outside the US, the ISO currency code the stated salary is in; null when none is stated
 * @param localSalary   with {@code localCurrency}, the annual base salary in that currency, else NaN
 * @param salaryStated  a stated salary that is not counted, as the row states it (see
 *                      {@link SalaryRules.Outcome#stated}); null otherwise
 */
public record Posting(
        String id,
        String title,
        String role,
        String company,
        String country,
        WorkMode workMode,
        Seniority seniority,
        SalaryStatus salaryStatus,
        double salary,
        Set<String> skills,
        String location,
        String postedAt,
        SalarySource salarySource,
        String localCurrency,
        double localSalary,
        String salaryStated) {

    /** A posting whose uncounted salary is not told in words (engine tests, the Beam pipeline's slim copy). */
    public Posting(String id, String title, String role, String company, String country, WorkMode workMode,
            Seniority seniority, SalaryStatus salaryStatus, double salary, Set<String> skills, String location,
            String postedAt, SalarySource salarySource, String localCurrency, double localSalary) {
        this(id, title, role, company, country, workMode, seniority, salaryStatus, salary, skills, location, postedAt,
                salarySource, localCurrency, localSalary, null);
    }

    /** A posting with no pay in a local currency. */
    public Posting(String id, String title, String role, String company, String country, WorkMode workMode,
            Seniority seniority, SalaryStatus salaryStatus, double salary, Set<String> skills, String location,
            String postedAt, SalarySource salarySource) {
        this(id, title, role, company, country, workMode, seniority, salaryStatus, salary, skills, location, postedAt,
                salarySource, null, Double.NaN);
    }

    /** A posting whose salary source is not recorded (engine tests, generated postings). */
    public Posting(String id, String title, String role, String company, String country, WorkMode workMode,
            Seniority seniority, SalaryStatus salaryStatus, double salary, Set<String> skills, String location,
            String postedAt) {
        this(id, title, role, company, country, workMode, seniority, salaryStatus, salary, skills, location, postedAt,
                null);
    }

    public boolean hasUsBaseSalary() {
        return salaryStatus == SalaryStatus.VALID;
    }

    /** A non-US posting whose salary states its currency: {@code localSalary} is valid. */
    public boolean hasLocalSalary() {
        return localCurrency != null;
    }
}
