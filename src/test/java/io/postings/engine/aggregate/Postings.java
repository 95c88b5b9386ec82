package io.postings.engine.aggregate;

import io.postings.normalize.Posting;
import io.postings.normalize.SalaryStatus;
import io.postings.normalize.Seniority;
import io.postings.normalize.WorkMode;
import java.util.LinkedHashSet;
import java.util.List;

/** Terse builders of normalized postings for engine tests. */
public final class Postings {
    private static int next;

    private Postings() {
    }

    public static Builder posting(String role) {
        return new Builder(role);
    }

    public static final class Builder {
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

        public Builder company(String c) {
            company = c;
            return this;
        }

        public Builder country(String c) {
            country = c;
            return this;
        }

        public Builder mode(WorkMode m) {
            workMode = m;
            return this;
        }

        public Builder level(Seniority s) {
            seniority = s;
            return this;
        }

        public Builder salary(double s) {
            salary = s;
            return this;
        }

        public Builder posted(String isoDate) {
            postedAt = isoDate;
            return this;
        }

        /** A non-US salary stated in {@code currency}, annual; the posting has no US salary. */
        public Builder local(String currency, double annual) {
            localCurrency = currency;
            localSalary = annual;
            return this;
        }

        public Builder skills(String... s) {
            skills = List.of(s);
            return this;
        }

        public Posting build() {
            SalaryStatus status = Double.isNaN(salary) ? localCurrency != null ? SalaryStatus.NOT_US : SalaryStatus.NONE
                    : SalaryStatus.VALID;
            return new Posting("p" + (next++), "title", role, company, country, workMode, seniority, status, salary,
                    new LinkedHashSet<>(skills), null, postedAt, null, localCurrency, localSalary);
        }
    }
}
