package io.postings.engine;

import io.postings.normalize.Posting;
import io.postings.normalize.SalaryStatus;
import io.postings.normalize.Seniority;
import io.postings.normalize.WorkMode;
import java.util.LinkedHashSet;
import java.util.List;

/** Terse builders of normalized postings for engine tests. */
final class Postings {
    private static int next;

    private Postings() {
    }

    static Builder posting(String role) {
        return new Builder(role);
    }

    static final class Builder {
        private final String role;
        private String company;
        private String country = "US";
        private WorkMode workMode;
        private Seniority seniority;
        private double salary = Double.NaN;
        private List<String> skills = List.of();
        private String postedAt;
        private String localCurrency;
        private double localSalary = Double.NaN;

        Builder(String role) {
            this.role = role;
        }

        Builder company(String c) {
            company = c;
            return this;
        }

        Builder country(String c) {
            country = c;
            return this;
        }

        Builder mode(WorkMode m) {
            workMode = m;
            return this;
        }

        Builder level(Seniority s) {
            seniority = s;
            return this;
        }

        Builder salary(double s) {
            salary = s;
            return this;
        }

        Builder posted(String isoDate) {
            postedAt = isoDate;
            return this;
        }

        /** A non-US salary stated in {@code currency}, annual; the posting has no US salary. */
        Builder local(String currency, double annual) {
            localCurrency = currency;
            localSalary = annual;
            return this;
        }

        Builder skills(String... s) {
            skills = List.of(s);
            return this;
        }

        Posting build() {
            SalaryStatus status = Double.isNaN(salary) ? localCurrency != null ? SalaryStatus.NOT_US : SalaryStatus.NONE
                    : SalaryStatus.VALID;
            return new Posting("p" + (next++), "title", role, company, country, workMode, seniority, status, salary,
                    new LinkedHashSet<>(skills), null, postedAt, null, localCurrency, localSalary);
        }
    }
}
