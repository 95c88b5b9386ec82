package io.postings.render;

import io.postings.render.Document.Table;
import io.postings.report.CompareReport;
import io.postings.report.PairSkill;
import io.postings.report.RoleAliases;
import io.postings.report.RoleCount;
import io.postings.report.RoleProfile;
import io.postings.report.RolesReport;
import io.postings.report.Share;
import io.postings.report.SkillSalary;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code compare} of two roles and {@code roles} as documents, and the pieces of them that
 * the report page and its appendix reuse (so the report and {@code compare --format markdown}
 * agree to the character). All numbers come formatted from the report's records; nothing here
 * is computed beyond display rounding.
 */
final class CompareDocument {
    private CompareDocument() {
    }

    static Document compare(CompareReport report) {
        RoleProfile a = report.a();
        RoleProfile b = report.b();
        int top = report.parameters().top();
        int topK = report.parameters().topK();
        Document doc = SelectionLines.titled(Phrases.title(a, b), report.input());

        doc.heading(2, "Summary");
        doc.table(summary(a, b));
        List<String> findings = new ArrayList<>(List.of(Phrases.overlap(report.pair(), top)));
        String rank = Phrases.overlapRank(report.pair().overlapRank());
        if (rank != null) {
            findings.add(rank);
        }
        findings.add(Phrases.salaryGap(report.pair(), a, b));
        findings.add(PayPhrases.adjustedGap(report.pair(), a, b));
        findings.add(Phrases.volume(report.pair().volume(), a, b));
        doc.gap().items(findings);

        doc.heading(2, "Skills", null);
        skills(doc, report);

        doc.heading(2, "Skill salaries", null);
        for (RoleProfile role : List.of(a, b)) {
            skillSalaries(doc, role, report.parameters().minN());
        }
        payBreakdowns(doc, List.of(a, b), 2);

        doc.heading(2, "Seniority");
        doc.table(buckets(a, b, Phrases.SENIORITY, true));
        doc.heading(2, "Work mode");
        doc.table(buckets(a, b, Phrases.WORK_MODE, false));

        doc.heading(2, "Countries (top " + topK + ")");
        doc.table(countries(a, b, false));

        doc.heading(2, "Employers (top " + topK + ")", null);
        employers(doc, a, b, topK);

        InputSection.add(doc, report.input(), Phrases.parameters(report.parameters()));
        return doc;
    }

    static Document roles(RolesReport report) {
        Document doc = SelectionLines.titled("Roles", report.input());
        InputSection.counts(doc, report.roles(), "role", "postings", RoleCount::role, RoleCount::postings,
                "no postings matched a role");
        doc.gap().paragraph("Postings that matched no role: " + Numbers.count(report.input().withoutRole()));
        if (report.aliases() != null) {
            doc.heading(2, "Names each role goes by", "Names each role goes by (--a, --b and --role accept any of them)");
            Table names = new Table().left("role").right("postings").left("aliases").left("never with");
            for (RoleAliases role : report.aliases()) {
                names.row(role.role(), Numbers.count(role.postings()), String.join(", ", role.aliases()),
                        String.join(", ", role.exclusions()));
            }
            doc.table(names);
        }
        InputSection.add(doc, report.input(), null);
        return doc;
    }

    /** The article's summary table. */
    static Table summary(RoleProfile a, RoleProfile b) {
        return new Table()
                .left("metric").right(a.role()).right(b.role())
                .row("Median US base salary", Phrases.medianWithN(a.salary()), Phrases.medianWithN(b.salary()))
                .row("Typical range (p25–p75)", PayPhrases.typicalRange(a.salary(), Document.RANGE),
                        PayPhrases.typicalRange(b.salary(), Document.RANGE))
                .row("Active postings", Numbers.count(a.postings()), Numbers.count(b.postings()))
                .row("Top skill", Phrases.topSkill(a.topSkill()), Phrases.topSkill(b.topSkill()))
                .row("Entry-level share", Phrases.entryLevel(a), Phrases.entryLevel(b))
                .row("Remote share", Phrases.remote(a), Phrases.remote(b));
    }

    /** Shared skills, then each role's exclusive ones, as level-3 sections. */
    static void skills(Document doc, CompareReport report) {
        RoleProfile a = report.a();
        RoleProfile b = report.b();
        int top = report.parameters().top();
        String shared = "by both top-" + top + " lists (" + report.pair().shared().size() + ")";
        doc.heading(3, "Shared " + shared, "Skills shared " + shared);
        if (report.pair().shared().isEmpty()) {
            doc.paragraph("none");
        } else {
            Table table = new Table().left("skill").right(a.role()).right(b.role());
            for (PairSkill s : report.pair().shared()) {
                table.row(s.skill(), Numbers.percent(s.countA(), a.postings()), Numbers.percent(s.countB(), b.postings()));
            }
            doc.table(table);
        }
        exclusive(doc, a, report.pair().exclusiveA(), true, top);
        exclusive(doc, b, report.pair().exclusiveB(), false, top);
    }

    private static void exclusive(Document doc, RoleProfile role, List<PairSkill> skills, boolean isA, int top) {
        doc.heading(3, "Only in " + role.role() + "'s top " + top + " (" + skills.size() + ")");
        if (skills.isEmpty()) {
            doc.paragraph("none");
            return;
        }
        Table table = new Table().left("skill").right("share");
        for (PairSkill s : skills) {
            table.row(s.skill(), Numbers.percent(isA ? s.countA() : s.countB(), role.postings()));
        }
        doc.table(table);
    }

    /** Each role's top employers as a level-3 section. */
    static void employers(Document doc, RoleProfile a, RoleProfile b, int topK) {
        for (RoleProfile role : List.of(a, b)) {
            doc.heading(3, role.role(), "Employers: " + role.role() + " (top " + topK + ")");
            InputSection.counts(doc, role.employers(), "company", "postings", Share::key, Share::count,
                    "no postings name a company");
        }
    }

    /** Pay distribution and pay by seniority, one column per role, under headings of {@code level}. */
    static void payBreakdowns(Document doc, List<RoleProfile> roles, int level) {
        doc.heading(level, "Pay distribution (US base salary)");
        if (roles.stream().allMatch(r -> r.salary().n() == 0)) {
            doc.paragraph(PayPhrases.NO_SALARIES);
        } else {
            doc.table(roleColumns("percentile", roles).rows(PayPhrases.distributionRows(roles)));
            doc.heading(level, "Pay by seniority (median US base salary)");
            doc.table(roleColumns("level", roles).rows(PayPhrases.seniorityRows(roles)));
        }
        List<String[]> countries = PayPhrases.countryRows(roles);
        if (!countries.isEmpty()) {
            doc.heading(level, PayPhrases.COUNTRY_TITLE);
            doc.table(roleColumns("country (currency)", roles).rows(countries));
        }
        if (PayPhrases.anySmallSample(roles)) {
            doc.paragraph(PayPhrases.SMALL_SAMPLE_NOTE);
        }
    }

    /** A table of a first column, then one right-aligned column per role. */
    static Table roleColumns(String first, List<RoleProfile> roles) {
        Table table = new Table().left(first);
        roles.forEach(r -> table.right(r.role()));
        return table;
    }

    static void skillSalaries(Document doc, RoleProfile role, int minN) {
        String title = role.role() + " (n >= " + Numbers.count(minN) + ")";
        doc.heading(3, title, "Skill salaries: " + title);
        doc.paragraph(Phrases.baseline(role, Document.RANGE));
        if (role.skillSalaries().isEmpty()) {
            doc.paragraph(Phrases.noSkillSalaries(minN));
            return;
        }
        Table table = new Table().left("skill").right("median").right("n").right("premium")
                .right("premium %").right("95% interval").left("flags");
        for (SkillSalary s : role.skillSalaries()) {
            table.row(s.skill(), Numbers.money(s.median()), Numbers.count(s.n()),
                    Numbers.signedMoney(s.premium()), Numbers.signedFraction1(s.premiumPct()),
                    Phrases.interval(s.interval(), Document.RANGE), Phrases.flags(s));
        }
        doc.table(table);
    }

    // Seniority shares keep one decimal (the entry row is the entry-level share); work modes are whole percent.
    static Table buckets(RoleProfile a, RoleProfile b, List<String> keys, boolean seniority) {
        Table table = new Table().left(seniority ? "level" : "mode")
                .right(a.role()).right("share").right(b.role()).right("share");
        for (String key : keys) {
            Share sa = seniority ? a.seniorityBucket(key) : a.workModeBucket(key);
            Share sb = seniority ? b.seniorityBucket(key) : b.workModeBucket(key);
            table.row(key, Numbers.count(sa.count()), bucketShare(sa, seniority),
                    Numbers.count(sb.count()), bucketShare(sb, seniority));
        }
        return table;
    }

    private static String bucketShare(Share share, boolean oneDecimal) {
        return oneDecimal ? Numbers.percent1(share.count(), share.of()) : Phrases.share(share);
    }

    /**
     * Side by side: country codes are short, and the two roles' markets read best next to each other.
     * @param named countries as "Germany (DE)" (the report) rather than ISO codes alone
     */
    static Table countries(RoleProfile a, RoleProfile b, boolean named) {
        Table table = new Table().left(a.role()).right("postings").right("share")
                .left(b.role()).right("postings").right("share");
        int rows = Math.max(a.countries().size(), b.countries().size());
        for (int i = 0; i < rows; i++) {
            List<String> cells = new ArrayList<>(6);
            cells.addAll(countryCells(i < a.countries().size() ? a.countries().get(i) : null, null, named));
            cells.addAll(countryCells(i < b.countries().size() ? b.countries().get(i) : null, null, named));
            table.row(cells.toArray(String[]::new));
        }
        List<String> unknown = new ArrayList<>(6);
        unknown.addAll(countryCells(a.unknownCountry(), "unknown", named));
        unknown.addAll(countryCells(b.unknownCountry(), "unknown", named));
        return table.row(unknown.toArray(String[]::new));
    }

    private static List<String> countryCells(Share country, String label, boolean named) {
        if (country == null) {
            return List.of("", "", "");
        }
        String name = label != null ? label : named ? CountryNames.withCode(country.key()) : country.key();
        return List.of(name, Numbers.count(country.count()), Phrases.share(country));
    }
}
