package io.postings.render;

import io.postings.render.MarkdownRenderer.Doc;
import io.postings.render.TableRenderer.Page;
import io.postings.report.MonthCount;
import io.postings.report.Openings;
import io.postings.report.OpeningsPerMonth;
import io.postings.report.ProfileReport;
import io.postings.report.RelatedRole;
import io.postings.report.RoleProfile;
import io.postings.report.SalarySummary;
import io.postings.report.Share;
import io.postings.report.SkillSalary;
import java.util.ArrayList;
import java.util.List;

/** {@code profile}: one role as its career page shows it, the same blocks as text or Markdown. */
public final class ProfileRenderer {
    private static final boolean[] LEFT_RIGHT = {false, true};
    private static final boolean[] LEFT_RIGHT_RIGHT = {false, true, true};

    private ProfileRenderer() {
    }

    public static String table(ProfileReport report, Style style) {
        Page page = blocks(report, "–").page(style);
        TableRenderer.input(page, report.input(), Phrases.parameters(report.parameters()));
        return page.text();
    }

    public static String markdown(ProfileReport report) {
        Doc doc = blocks(report, MarkdownRenderer.RANGE).markdown();
        MarkdownRenderer.input(doc, report.input(), Phrases.parameters(report.parameters()));
        return doc.text();
    }

    private static Blocks blocks(ProfileReport report, String range) {
        RoleProfile role = report.role();
        int minN = report.parameters().minN();
        Blocks page = new Blocks().title(role.role());
        if (!report.alsoCalled().isEmpty()) {
            page.line("Also called: " + String.join(", ", report.alsoCalled()));
        }
        page.bullets(highlights(report, range));

        page.section("Postings per month");
        Openings openings = report.openings();
        if (openings.months().isEmpty()) {
            page.line("No posting has a readable posted date.");
        } else {
            List<String[]> rows = new ArrayList<>();
            for (MonthCount m : openings.months()) {
                rows.add(new String[] {m.month(), Numbers.count(m.postings())});
            }
            page.table(List.of("month", "postings"), LEFT_RIGHT, rows);
        }
        if (openings.undated() > 0) {
            page.line(Numbers.count(openings.undated()) + " postings have no posted date.");
        }

        page.section("Pay (US base salary)");
        page.line(Phrases.baseline(role, range));
        if (role.salary().n() > 0) {
            page.table(List.of("percentile", role.role()), LEFT_RIGHT, PayPhrases.distributionRows(List.of(role)));
            page.table(List.of("level", "median US base salary"), LEFT_RIGHT, PayPhrases.seniorityRows(List.of(role)));
        }
        List<String[]> localPay = PayPhrases.countryRows(List.of(role));
        if (!localPay.isEmpty()) {
            page.line(PayPhrases.COUNTRY_TITLE + ":");
            page.table(List.of("country (currency)", "median"), LEFT_RIGHT, localPay);
        }
        if (PayPhrases.anySmallSample(List.of(role))) {
            page.line(PayPhrases.SMALL_SAMPLE_NOTE);
        }

        page.section("Top skills");
        page.table(List.of("skill", "postings", "share"), LEFT_RIGHT_RIGHT, shareRows(role.topSkills()));

        page.section("Skills that pay more (n >= " + Numbers.count(minN) + ")");
        if (report.premiums().isEmpty()) {
            page.line(role.salary().median() == null ? "No valid US salaries."
                    : "No skill with at least " + Numbers.count(minN) + " valid US salaries pays above the baseline.");
        } else {
            List<String[]> rows = new ArrayList<>();
            for (SkillSalary s : report.premiums()) {
                rows.add(new String[] {s.skill(), Numbers.money(s.median()), Numbers.count(s.n()),
                        Numbers.signedMoney(s.premium()), Numbers.signedFraction1(s.premiumPct()), Phrases.flags(s)});
            }
            page.table(List.of("skill", "median", "n", "premium", "premium %", "flags"),
                    new boolean[] {false, true, true, true, true, false}, rows);
        }

        page.section("Top employers");
        if (role.employers().isEmpty()) {
            page.line("no postings name a company");
        } else {
            page.table(List.of("company", "postings", "share"), LEFT_RIGHT_RIGHT, shareRows(role.employers()));
        }

        page.section("Countries");
        List<String[]> countries = new ArrayList<>();
        for (Share c : role.countries()) {
            countries.add(new String[] {CountryNames.withCode(c.key()), Numbers.count(c.count()), Phrases.share(c)});
        }
        countries.add(new String[] {"unknown", Numbers.count(role.unknownCountry().count()),
                Phrases.share(role.unknownCountry())});
        page.table(List.of("country", "postings", "share"), LEFT_RIGHT_RIGHT, countries);

        page.section("Work mode");
        page.table(List.of("mode", "postings", "share"), LEFT_RIGHT_RIGHT, shareRows(role.workMode()));

        page.section("Related roles (top-" + report.parameters().top() + " skill overlap)");
        if (report.related().isEmpty()) {
            page.line("No role with at least " + Numbers.count(report.parameters().minPostings())
                    + " postings shares a top skill.");
        } else {
            List<String[]> rows = new ArrayList<>();
            for (RelatedRole r : report.related()) {
                rows.add(new String[] {r.role(), Numbers.percent(r.intersection(), r.union()),
                        Numbers.count(r.intersection()) + " of " + Numbers.count(r.union()), Numbers.count(r.postings())});
            }
            page.table(List.of("role", "Jaccard", "shared skills", "postings"),
                    new boolean[] {false, true, true, true}, rows);
        }
        return page;
    }

    /** The career page's opening lines: openings a month, pay, volume, remote and entry-level shares. */
    private static List<String> highlights(ProfileReport report, String range) {
        RoleProfile role = report.role();
        Openings openings = report.openings();
        List<String> lines = new ArrayList<>();
        if (openings.whole() != null) {
            OpeningsPerMonth whole = openings.whole();
            long about = Math.round(whole.mean());
            lines.add("About " + Numbers.count(about) + (about == 1 ? " opening" : " openings") + " a month ("
                    + whole.first() + " to " + whole.last() + ", " + Numbers.count(whole.months())
                    + (whole.months() == 1 ? " whole month)" : " whole months)"));
        }
        SalarySummary salary = role.salary();
        lines.add("Median US base salary " + Phrases.medianWithN(salary)
                + (salary.distribution() == null ? ""
                        : ", typical range " + PayPhrases.typicalRange(salary, range)
                                + ", p10 to p90 " + Numbers.money(salary.distribution().p10()) + range
                                + Numbers.money(salary.distribution().p90())));
        lines.add(Numbers.count(role.postings()) + " postings; remote " + Phrases.remote(role) + "; entry level "
                + Phrases.entryLevel(role));
        return lines;
    }

    private static List<String[]> shareRows(List<Share> shares) {
        List<String[]> rows = new ArrayList<>();
        for (Share s : shares) {
            rows.add(new String[] {s.key(), Numbers.count(s.count()), Phrases.share(s)});
        }
        return rows;
    }
}
