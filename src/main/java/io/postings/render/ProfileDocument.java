package io.postings.render;

import io.postings.render.Document.Table;
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
final class ProfileDocument {
    private ProfileDocument() {
    }

    static Document document(ProfileReport report) {
        RoleProfile role = report.role();
        int minN = report.parameters().minN();
        Document page = new Document().heading(1, role.role());
        if (!report.alsoCalled().isEmpty()) {
            page.paragraph("Also called: " + String.join(", ", report.alsoCalled()));
        }
        page.bullets(highlights(report));

        page.heading(2, "Postings per month");
        Openings openings = report.openings();
        InputSection.counts(page, openings.months(), "month", "postings", MonthCount::month, MonthCount::postings,
                "No posting has a readable posted date.");
        if (openings.undated() > 0) {
            page.paragraph(Numbers.count(openings.undated()) + " postings have no posted date.");
        }

        page.heading(2, "Pay (US base salary)");
        page.paragraph(Phrases.baseline(role, Document.RANGE));
        if (role.salary().n() > 0) {
            page.table(new Table().left("percentile").right(role.role()).rows(PayPhrases.distributionRows(List.of(role))));
            page.table(new Table().left("level").right("median US base salary")
                    .rows(PayPhrases.seniorityRows(List.of(role))));
        }
        List<String[]> localPay = PayPhrases.countryRows(List.of(role));
        if (!localPay.isEmpty()) {
            page.paragraph(PayPhrases.COUNTRY_TITLE + ":");
            page.table(new Table().left("country (currency)").right("median").rows(localPay));
        }
        if (PayPhrases.anySmallSample(List.of(role))) {
            page.paragraph(PayPhrases.SMALL_SAMPLE_NOTE);
        }

        page.heading(2, "Top skills");
        page.table(InputSection.shares(role.topSkills(), "skill"));

        page.heading(2, "Skills that pay more (n >= " + Numbers.count(minN) + ")");
        if (report.premiums().isEmpty()) {
            page.paragraph(role.salary().median() == null ? "No valid US salaries."
                    : "No skill with at least " + Numbers.count(minN) + " valid US salaries pays above the baseline.");
        } else {
            Table premiums = new Table().left("skill").right("median").right("n").right("premium").right("premium %")
                    .left("flags");
            for (SkillSalary s : report.premiums()) {
                premiums.row(s.skill(), Numbers.money(s.median()), Numbers.count(s.n()),
                        Numbers.signedMoney(s.premium()), Numbers.signedFraction1(s.premiumPct()), Phrases.flags(s));
            }
            page.table(premiums);
        }

        page.heading(2, "Top employers");
        if (role.employers().isEmpty()) {
            page.paragraph("no postings name a company");
        } else {
            page.table(InputSection.shares(role.employers(), "company"));
        }

        page.heading(2, "Countries");
        Table countries = new Table().left("country").right("postings").right("share");
        for (Share c : role.countries()) {
            countries.row(CountryNames.withCode(c.key()), Numbers.count(c.count()), Phrases.share(c));
        }
        countries.row("unknown", Numbers.count(role.unknownCountry().count()), Phrases.share(role.unknownCountry()));
        page.table(countries);

        page.heading(2, "Work mode");
        page.table(InputSection.shares(role.workMode(), "mode"));

        page.heading(2, "Related roles (top-" + report.parameters().top() + " skill overlap)");
        if (report.related().isEmpty()) {
            page.paragraph("No role with at least " + Numbers.count(report.parameters().minPostings())
                    + " postings shares a top skill.");
        } else {
            Table related = new Table().left("role").right("Jaccard").right("shared skills").right("postings");
            for (RelatedRole r : report.related()) {
                related.row(r.role(), Numbers.percent(r.intersection(), r.union()),
                        Numbers.count(r.intersection()) + " of " + Numbers.count(r.union()), Numbers.count(r.postings()));
            }
            page.table(related);
        }
        InputSection.add(page, report.input(), Phrases.parameters(report.parameters()));
        return page;
    }

    /** The career page's opening lines: openings a month, pay, volume, remote and entry-level shares. */
    private static List<String> highlights(ProfileReport report) {
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
                        : ", typical range " + PayPhrases.typicalRange(salary, Document.RANGE)
                                + ", p10 to p90 " + Numbers.money(salary.distribution().p10()) + Document.RANGE
                                + Numbers.money(salary.distribution().p90())));
        lines.add(Numbers.count(role.postings()) + " postings; remote " + Phrases.remote(role) + "; entry level "
                + Phrases.entryLevel(role));
        return lines;
    }
}
