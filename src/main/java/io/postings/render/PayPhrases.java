package io.postings.render;

import io.postings.report.AdjustedGap;
import io.postings.report.Distribution;
import io.postings.report.LevelSalary;
import io.postings.report.LocalSalary;
import io.postings.report.PairComparison;
import io.postings.report.RoleProfile;
import io.postings.report.SalarySummary;
import java.util.ArrayList;
import java.util.List;

/**
 * The wording of the pay breakdowns (distribution, pay by seniority, the seniority-adjusted gap)
 * shared by the terminal, Markdown and report writers; plain text, each writer escapes it.
 */
final class PayPhrases {
    static final String SMALL_SAMPLE_MARK = "*";
    static final String NO_SALARIES = "No valid US salaries: no distribution and no pay by seniority.";
    static final String COUNTRY_TITLE = "Pay outside the US (median annual base salary in the currency stated)";
    static final String SMALL_SAMPLE_NOTE = "* small sample: fewer than 50 salaries, directional only";

    private PayPhrases() {
    }

    /** {@code $120,000–$180,000}: p25 to p75 of S(R); {@code –} without salaries. */
    static String typicalRange(SalarySummary salary, String separator) {
        Distribution d = salary.distribution();
        return d == null ? Numbers.NONE : Numbers.money(d.p25()) + separator + Numbers.money(d.p75());
    }

    /** Rows p10, p25, median, p75, p90, one column per role. */
    static List<String[]> distributionRows(List<RoleProfile> roles) {
        String[] labels = {"p10", "p25", "median", "p75", "p90"};
        List<String[]> rows = new ArrayList<>(labels.length);
        for (int i = 0; i < labels.length; i++) {
            String[] row = new String[roles.size() + 1];
            row[0] = labels[i];
            for (int r = 0; r < roles.size(); r++) {
                Distribution d = roles.get(r).salary().distribution();
                row[r + 1] = d == null ? Numbers.NONE : Numbers.money(value(d, i));
            }
            rows.add(row);
        }
        return rows;
    }

    private static double value(Distribution d, int i) {
        return switch (i) {
            case 0 -> d.p10();
            case 1 -> d.p25();
            case 2 -> d.median();
            case 3 -> d.p75();
            default -> d.p90();
        };
    }

    /** Rows entry, mid, senior, staff: each role's level median with n, marked when a small sample. */
    static List<String[]> seniorityRows(List<RoleProfile> roles) {
        String[] levels = {"entry", "mid", "senior", "staff"};
        List<String[]> rows = new ArrayList<>(levels.length);
        for (int i = 0; i < levels.length; i++) {
            String[] row = new String[roles.size() + 1];
            row[0] = levels[i];
            for (int r = 0; r < roles.size(); r++) {
                List<LevelSalary> pay = roles.get(r).salaryBySeniority();
                row[r + 1] = i < pay.size() ? levelCell(pay.get(i)) : Numbers.NONE;
            }
            rows.add(row);
        }
        return rows;
    }

    /** {@code $150,000 (n=12)*}; {@code – (n=0)} without salaries. */
    static String levelCell(LevelSalary level) {
        return Phrases.money(level.median()) + " (n=" + Numbers.count(level.n()) + ")"
                + (level.median() != null && level.smallSample() ? SMALL_SAMPLE_MARK : "");
    }

    /**
     * Rows of pay by country outside the US: one per (country, currency) any role has, by the
     * roles' combined n, then country and currency; each cell the role's median in that currency.
     */
    static List<String[]> countryRows(List<RoleProfile> roles) {
        java.util.Map<String, long[]> totals = new java.util.HashMap<>();
        for (RoleProfile role : roles) {
            for (LocalSalary l : role.salaryByCountry()) {
                totals.computeIfAbsent(l.country() + " " + l.currency(), k -> new long[1])[0] += l.n();
            }
        }
        List<String> keys = new ArrayList<>(totals.keySet());
        keys.sort(java.util.Comparator.comparingLong((String k) -> -totals.get(k)[0])
                .thenComparing(java.util.Comparator.naturalOrder()));
        List<String[]> rows = new ArrayList<>(keys.size());
        for (String key : keys) {
            String country = key.substring(0, key.indexOf(' '));
            String currency = key.substring(key.indexOf(' ') + 1);
            String[] row = new String[roles.size() + 1];
            row[0] = CountryNames.of(country) + " (" + currency + ")";
            for (int r = 0; r < roles.size(); r++) {
                row[r + 1] = roles.get(r).salaryByCountry().stream()
                        .filter(l -> l.country().equals(country) && l.currency().equals(currency))
                        .findFirst().map(PayPhrases::localCell).orElse(Numbers.NONE);
            }
            rows.add(row);
        }
        return rows;
    }

    /** {@code EUR 65,000 (n=12)*}: the amount in its own currency, never converted. */
    static String localCell(LocalSalary l) {
        return l.currency() + " " + Numbers.money(l.median()).substring(1) + " (n=" + Numbers.count(l.n()) + ")"
                + (l.smallSample() ? SMALL_SAMPLE_MARK : "");
    }

    static boolean anySmallSample(List<RoleProfile> roles) {
        return roles.stream().flatMap(r -> r.salaryBySeniority().stream())
                .anyMatch(l -> l.median() != null && l.smallSample())
                || roles.stream().flatMap(r -> r.salaryByCountry().stream()).anyMatch(LocalSalary::smallSample);
    }

    /**
     * {@code Seniority-adjusted gap: $9,000 (6.5%) higher for A, within entry, mid, senior and staff
     * (pooled mix of 1,648 salaried postings)}.
     */
    static String adjustedGap(PairComparison pair, RoleProfile a, RoleProfile b) {
        AdjustedGap gap = pair.seniorityAdjustedGap();
        String head = "Seniority-adjusted gap: ";
        if (gap == null) {
            return head + "cannot be computed (no seniority level has valid US salaries for both roles)";
        }
        String amount = Numbers.money(Math.abs(gap.usd()));
        String direction = amount.equals("$0") ? "" : gap.usd() > 0 ? " higher for " + a.role()
                : gap.usd() < 0 ? " higher for " + b.role() : "";
        return head + amount + " (" + Numbers.fraction1(gap.pct()) + ")" + direction + ", within "
                + ReportMarkdown.join(gap.levels()) + " (pooled mix of " + Numbers.count(gap.n())
                + (gap.n() == 1 ? " salaried posting)" : " salaried postings)");
    }
}
