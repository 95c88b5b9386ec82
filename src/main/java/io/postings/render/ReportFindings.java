package io.postings.render;

import io.postings.report.CompareReport;
import io.postings.report.Names;
import io.postings.report.PairSkill;
import io.postings.report.RoleProfile;
import io.postings.report.Share;
import java.util.ArrayList;
import java.util.List;

/**
 * The key findings of {@code report.md} beyond pay, volume and overlap: work mode, geography,
 * seniority mix, employers, defining skills and the entry-level ratio, written from the numbers
 * (plain text: the document escapes it).
 */
final class ReportFindings {
    /** Skills named per role as defining, and markets named per role besides the US. */
    static final int NAMED = 3;
    static final int MARKETS = 2;

    private ReportFindings() {
    }

    static List<String> all(CompareReport report) {
        RoleProfile a = report.a();
        RoleProfile b = report.b();
        List<String> out = new ArrayList<>();
        out.add(workMode(a, b));
        out.add(geography(a, b));
        out.add(seniorityMix(a, b));
        out.add(entryRatio(a, b));
        out.add(employers(a, b));
        out.add(definingSkills(report));
        return out;
    }

    /** {@code Work mode: 29% of A postings are remote and 23% hybrid, versus 22% and 33% for B.} */
    static String workMode(RoleProfile a, RoleProfile b) {
        return "Work mode: " + Phrases.share(a.workModeBucket("remote")) + " of " + a.role() + " postings are remote and "
                + Phrases.share(a.workModeBucket("hybrid")) + " hybrid, versus "
                + Phrases.share(b.workModeBucket("remote")) + " remote and " + Phrases.share(b.workModeBucket("hybrid"))
                + " hybrid for " + b.role() + ".";
    }

    /** The US share of each role, then each role's largest markets outside the US. */
    static String geography(RoleProfile a, RoleProfile b) {
        String out = "Geography: " + Phrases.share(a.us()) + " of " + a.role() + " postings are in the United States, versus "
                + Phrases.share(b.us()) + " of " + b.role() + " postings";
        List<String> abroad = new ArrayList<>();
        for (RoleProfile role : List.of(a, b)) {
            List<String> markets = role.countries().stream().filter(c -> !c.key().equals("US")).limit(MARKETS)
                    .map(c -> CountryNames.of(c.key()) + " (" + Phrases.share(c) + ")").toList();
            if (!markets.isEmpty()) {
                abroad.add(ReportPage.join(markets) + " for " + role.role());
            }
        }
        return out + (abroad.isEmpty() ? "." : "; the largest markets outside the US are " + String.join(" and ", abroad) + ".");
    }

    /** {@code Seniority mix: senior and staff postings are 54.0% of A (3,920) versus 42.0% of B (2,901).} */
    static String seniorityMix(RoleProfile a, RoleProfile b) {
        return "Seniority mix: senior and staff postings are " + seniorStaff(a) + " of " + a.role() + " versus "
                + seniorStaff(b) + " of " + b.role() + ".";
    }

    /** {@code 54.0% (3,920)}. */
    static String seniorStaff(RoleProfile role) {
        long count = role.seniorityBucket("senior").count() + role.seniorityBucket("staff").count();
        return Numbers.percent1(count, role.postings()) + " (" + Numbers.count(count) + ")";
    }

    /**
     * {@code Entry-level ratio: A's entry-level share is 1.02x B's (2.0% versus 2.0%).} The ratio of
     * the two shares (METRICS.md section 10), from their integer counts.
     */
    static String entryRatio(RoleProfile a, RoleProfile b) {
        Share ea = a.seniorityBucket("entry");
        Share eb = b.seniorityBucket("entry");
        String shares = " (" + Numbers.percent1(ea.count(), ea.of()) + " versus " + Numbers.percent1(eb.count(), eb.of()) + ")";
        if (ea.count() == 0 || eb.count() == 0) {
            return "Entry-level ratio: n/a, " + (ea.count() == 0 ? a.role() : b.role()) + " has no entry-level postings"
                    + shares + ".";
        }
        double ratio = (double) (ea.count() * eb.of()) / (eb.count() * ea.of());
        return "Entry-level ratio: " + a.role() + "'s entry-level share is " + Numbers.ratio(ratio) + " " + b.role()
                + "'s" + shares + ".";
    }

    /** Each role's largest employer, and the companies in both top lists. */
    static String employers(RoleProfile a, RoleProfile b) {
        List<String> parts = new ArrayList<>();
        for (RoleProfile role : List.of(a, b)) {
            parts.add(role.employers().isEmpty() ? "no " + role.role() + " posting names a company"
                    : "the largest " + role.role() + " employer is " + role.employers().get(0).key() + " ("
                            + Numbers.count(role.employers().get(0).count()) + " postings, "
                            + Phrases.share(role.employers().get(0)) + ")");
        }
        List<String> both = new ArrayList<>();
        for (Share e : a.employers()) {
            if (b.employers().stream().anyMatch(f -> Names.fold(f.key()).equals(Names.fold(e.key())))) {
                both.add(e.key());
            }
        }
        String common = both.isEmpty() ? "no company is in both top-" + Math.max(a.employers().size(), b.employers().size())
                + " lists" : (both.size() == 1 ? "1 company is" : both.size() + " companies are") + " in both top lists: "
                + ReportPage.join(both);
        String first = parts.get(0);
        return "Employers: " + Character.toUpperCase(first.charAt(0)) + first.substring(1) + "; " + parts.get(1) + "; "
                + common + ".";
    }

    /** The skills in one role's top list and not the other's, by share: what sets each role apart. */
    static String definingSkills(CompareReport report) {
        List<String> parts = new ArrayList<>();
        parts.add(defining(report.a(), report.pair().exclusiveA(), true));
        parts.add(defining(report.b(), report.pair().exclusiveB(), false));
        return "Defining skills (in one role's top " + report.parameters().top() + " and not the other's): "
                + String.join("; ", parts) + ".";
    }

    private static String defining(RoleProfile role, List<PairSkill> exclusive, boolean isA) {
        if (exclusive.isEmpty()) {
            return "none for " + role.role();
        }
        List<String> named = exclusive.stream().limit(NAMED)
                .map(s -> s.skill() + " (" + Numbers.percent(isA ? s.countA() : s.countB(), role.postings()) + ")").toList();
        return ReportPage.join(named) + " for " + role.role();
    }
}
