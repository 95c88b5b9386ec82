package io.postings.render;

import io.postings.report.CompareReport;
import io.postings.report.TrendReport;
import io.postings.report.OverlapRank;
import io.postings.report.PairComparison;
import io.postings.report.Parameters;
import io.postings.report.RoleProfile;
import io.postings.report.SalaryGap;
import io.postings.report.Share;
import io.postings.report.SkillSalary;
import io.postings.report.Volume;
import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;

/**
 * The publishable report ({@code report.md}): the structure of the articles it serves. The
 * summary table, key findings written from the numbers, then skills, pay, openings and
 * seniority, geography and work mode, employers, and how the numbers were made. Tables are
 * {@link CompareDocument}'s, so the report and {@code compare --format markdown} agree to
 * the character; charts are linked by their file names beside the report.
 */
public final class ReportPage {

    /** The role's top pay premiums named in the key findings. */
    static final int PREMIUMS = 3;

    /** Fewer salaries than this make a median a small sample (docs/METRICS.md section 4's flag). */
    static final int SMALL_SAMPLE = Parameters.SMALL_SAMPLE;

    /** Below this p-value the salary gap is called statistically significant. */
    static final double ALPHA = 0.05;

    private ReportPage() {
    }

    /** @param generatedAt a time to print in the methods section, or null for none (the default: output stays byte-stable) */
    public static void render(CompareReport report, String generatedAt, Writer out) throws IOException {
        render(report, null, generatedAt, out);
    }

    /** As {@link #render(CompareReport, String, Writer)}, with the two roles' trend by month when {@code trend} is not null. */
    public static void render(CompareReport report, TrendReport trend, String generatedAt, Writer out) throws IOException {
        RoleProfile a = report.a();
        RoleProfile b = report.b();
        Parameters params = report.parameters();
        Document doc = SelectionLines.titled(Phrases.title(a, b), report.input());
        doc.table(summary(report));

        doc.heading(2, "Key findings");
        List<String> findings = new ArrayList<>();
        findings.add(pay(a, b, report.pair().salaryGap()));
        findings.add(PayPhrases.adjustedGap(report.pair(), a, b) + ".");
        findings.add(volume(a, b, report.pair().volume()));
        findings.add(entryLevel(a, b));
        findings.add(overlap(report.pair(), params.top()));
        findings.add(premiums(a, params.minN()));
        findings.add(premiums(b, params.minN()));
        findings.addAll(ReportFindings.all(report));
        doc.bullets(findings);

        doc.heading(2, "Skills");
        doc.markdown(image("Skill shares of " + a.role() + " and " + b.role(), Charts.SKILLS));
        CompareDocument.skills(doc, report);

        doc.heading(2, "Pay");
        doc.paragraph(Phrases.salaryGap(report.pair(), a, b));
        doc.paragraph(PayPhrases.adjustedGap(report.pair(), a, b));
        doc.markdown(image("Distribution of US base salary of " + a.role() + " and " + b.role(), Charts.DISTRIBUTION));
        CompareDocument.payBreakdowns(doc, List.of(a, b), 3);
        doc.markdown(image("Median US base salary by skill against each role's baseline", Charts.PAY));
        doc.markdown(image("Pay for the skills both roles share, side by side", Charts.SHARED_PAY));
        doc.markdown(MarkdownWriter.escape("Every skill salary of both roles (n, premium, 95% interval, flags): ")
                + link(ReportAppendix.FILE) + ".");

        doc.heading(2, "Openings and seniority");
        doc.paragraph(Phrases.volume(report.pair().volume(), a, b));
        doc.markdown(image("Seniority and work mode of " + a.role() + " and " + b.role(), Charts.SPLITS));
        doc.table(CompareDocument.buckets(a, b, Phrases.SENIORITY, true));
        if (trend != null) {
            TrendDocument.reportSection(doc, trend);
        }

        doc.heading(2, "Geography and work mode");
        doc.table(CompareDocument.buckets(a, b, Phrases.WORK_MODE, false));
        doc.heading(3, "Countries (top " + params.topK() + ")");
        doc.table(CompareDocument.countries(a, b, true));

        doc.heading(2, "Employers (top " + params.topK() + ")");
        CompareDocument.employers(doc, a, b, params.topK());

        doc.heading(2, "Methods");
        doc.markdownItems(methods(report, generatedAt));
        out.write(new MarkdownWriter().write(doc));
    }

    /** The article's summary table: compare's rows, then the overlap, hybrid, US and senior + staff shares. */
    static Document.Table summary(CompareReport report) {
        RoleProfile a = report.a();
        RoleProfile b = report.b();
        String jaccard = report.pair().jaccard() == null ? Numbers.NONE
                : Numbers.percent(report.pair().intersection(), report.pair().union()) + " (" + report.pair().intersection()
                        + " of " + report.pair().union() + ")";
        return CompareDocument.summary(a, b)
                .row("Top-" + report.parameters().top() + " skill overlap (Jaccard)", jaccard, jaccard)
                .row("Hybrid share", Phrases.share(a.workModeBucket("hybrid")), Phrases.share(b.workModeBucket("hybrid")))
                .row("US share", Phrases.share(a.us()), Phrases.share(b.us()))
                .row("Senior + staff share", ReportFindings.seniorStaff(a), ReportFindings.seniorStaff(b));
    }

    /** {@code Median US base salary is $150,000 for A (n=545) versus $131,500 for B (n=1,103), an $18,500 (14.1%) gap. ...} */
    static String pay(RoleProfile a, RoleProfile b, SalaryGap gap) {
        if (gap == null) {
            List<String> parts = new ArrayList<>();
            for (RoleProfile role : List.of(a, b)) {
                parts.add(role.salary().median() == null
                        ? role.role() + " has no valid US salaries (n=0)"
                        : (parts.isEmpty() ? "Median" : "median") + " US base salary is "
                                + Numbers.money(role.salary().median()) + " for " + role.role()
                                + " (n=" + Numbers.count(role.salary().n()) + ")");
            }
            return String.join("; ", parts) + ", so there is no salary gap to report.";
        }
        String sentence = "Median US base salary is " + Numbers.money(a.salary().median()) + " for " + a.role()
                + " (n=" + Numbers.count(a.salary().n()) + ") versus " + Numbers.money(b.salary().median()) + " for "
                + b.role() + " (n=" + Numbers.count(b.salary().n()) + ")";
        String amount = Numbers.money(Math.abs(gap.usd()));
        if (amount.equals("$0")) {
            return sentence + ": no gap.";
        }
        sentence += ", " + article(amount) + " " + amount + " (" + Numbers.fraction1(gap.pct()) + ") gap.";
        if (gap.pValue() == null) {
            sentence += " Its significance cannot be tested (Mann-Whitney p=n/a).";
        } else {
            sentence += gap.pValue() < ALPHA
                    ? " The gap is statistically significant (Mann-Whitney " + Numbers.pValue(gap.pValue()) + ")."
                    : " The gap is not statistically significant at the 5% level (Mann-Whitney "
                            + Numbers.pValue(gap.pValue()) + "), so treat it as directional.";
        }
        if (a.salary().n() < SMALL_SAMPLE || b.salary().n() < SMALL_SAMPLE) {
            sentence += " A median from fewer than " + SMALL_SAMPLE + " salaries is a small sample: read the gap as directional.";
        }
        return sentence;
    }

    /** {@code A has 1.05x the postings of B (7,257 versus 6,908, 349 more).} */
    static String volume(RoleProfile a, RoleProfile b, Volume volume) {
        long diff = volume.difference();
        if (diff == 0) {
            return "Both roles have " + Numbers.count(a.postings()) + (a.postings() == 1 ? " posting." : " postings.");
        }
        RoleProfile larger = diff > 0 ? a : b;
        RoleProfile smaller = diff > 0 ? b : a;
        if (volume.largerOverSmaller() == null) {
            return smaller.role() + " has no postings; " + larger.role() + " has " + Numbers.count(larger.postings()) + ".";
        }
        return larger.role() + " has " + Numbers.ratio(volume.largerOverSmaller()) + " the postings of " + smaller.role()
                + " (" + Numbers.count(larger.postings()) + " versus " + Numbers.count(smaller.postings()) + ", "
                + Numbers.count(Math.abs(diff)) + " more).";
    }

    /** {@code 2.0% of A postings are explicitly entry-level (144 of 7,257), versus 2.0% of B postings (139 of 6,908).} */
    static String entryLevel(RoleProfile a, RoleProfile b) {
        if (a.postings() == 0 || b.postings() == 0) {
            List<String> parts = new ArrayList<>();
            for (RoleProfile role : List.of(a, b)) {
                parts.add(role.postings() == 0 ? role.role() + " has no postings"
                        : entryShare(role) + " of " + role.role() + " postings are explicitly entry-level " + entryCounts(role));
            }
            return String.join("; ", parts) + ".";
        }
        return entryShare(a) + " of " + a.role() + " postings are explicitly entry-level " + entryCounts(a) + ", versus "
                + entryShare(b) + " of " + b.role() + " postings " + entryCounts(b) + ".";
    }

    private static String entryShare(RoleProfile role) {
        Share entry = role.seniorityBucket("entry");
        return Numbers.percent1(entry.count(), entry.of());
    }

    /** {@code (144 of 7,257)}. */
    private static String entryCounts(RoleProfile role) {
        Share entry = role.seniorityBucket("entry");
        return "(" + Numbers.count(entry.count()) + " of " + Numbers.count(entry.of()) + ")";
    }

    /** {@code The two roles share 43% of their top-30 skills (18 of 42), one of the highest overlaps ... (7th highest of 210 ...).} */
    static String overlap(PairComparison pair, int top) {
        if (pair.jaccard() == null) {
            return "Neither role's postings ask for any skill, so there is no skill overlap.";
        }
        String sentence = "The two roles share " + Numbers.percent(pair.intersection(), pair.union()) + " of their top-"
                + top + " skills (" + Numbers.count(pair.intersection()) + " of " + Numbers.count(pair.union()) + ")";
        OverlapRank rank = pair.overlapRank();
        if (rank == null || rank.rankLowest() == null) {
            return sentence + ".";
        }
        String standing = Phrases.overlapStanding(rank);
        return sentence + (standing == null
                ? "; it ranks " + Phrases.overlapPosition(rank) + "."
                : ", " + standing + " (" + Phrases.overlapPosition(rank) + ").");
    }

    /**
     * The role's highest-paying skills above its baseline, with the small-sample caveat where
     * n &lt; 50 and which premiums are significant (docs/METRICS.md section 8).
     */
    static String premiums(RoleProfile role, int minN) {
        if (role.salary().median() == null) {
            return role.role() + ": no valid US salaries, so no pay premiums.";
        }
        List<SkillSalary> top = new ArrayList<>();
        for (SkillSalary s : role.skillSalaries()) {
            if (s.premium() > 0 && top.size() < PREMIUMS) {
                top.add(s);
            }
        }
        if (top.isEmpty()) {
            return role.skillSalaries().isEmpty()
                    ? role.role() + ": " + Phrases.noSkillSalaries(minN)
                    : "No skill with at least " + Numbers.count(minN) + (minN == 1 ? " US salary" : " US salaries")
                            + " pays above " + role.role()
                            + "'s baseline of " + Numbers.money(role.salary().median()) + ".";
        }
        List<String> named = new ArrayList<>();
        List<String> small = new ArrayList<>();
        List<String> significant = new ArrayList<>();
        List<String> notSignificant = new ArrayList<>();
        long smallLow = Long.MAX_VALUE;
        long smallHigh = 0;
        for (SkillSalary s : top) {
            named.add(s.skill() + " " + Numbers.money(s.median()) + " (" + Numbers.signedMoney(s.premium()) + ", "
                    + Numbers.signedFraction1(s.premiumPct()) + ", n=" + Numbers.count(s.n()) + ")");
            if (s.smallSample()) {
                small.add(s.skill());
                smallLow = Math.min(smallLow, s.n());
                smallHigh = Math.max(smallHigh, s.n());
            }
            (s.significant() ? significant : notSignificant).add(s.skill());
        }
        StringBuilder out = new StringBuilder("Top pay premiums for ").append(role.role()).append(" (baseline ")
                .append(Numbers.money(role.salary().median())).append("): ").append(join(named)).append('.');
        if (!small.isEmpty()) {
            String range = smallLow == smallHigh ? "n=" + Numbers.count(smallLow)
                    : "n=" + Numbers.count(smallLow) + "–" + Numbers.count(smallHigh);
            out.append(' ').append(join(small)).append(small.size() == 1 ? " rests on a small sample (" : " rest on small samples (")
                    .append(range).append("), so treat ").append(small.size() == 1 ? "it" : "them").append(" as directional.");
        }
        out.append(" Significant (the baseline lies outside the skill median's 95% interval): ")
                .append(significant.isEmpty() ? "none" : join(significant));
        if (!notSignificant.isEmpty()) {
            out.append("; not significant: ").append(join(notSignificant));
        }
        return out.append('.').toString();
    }

    private static List<String> methods(CompareReport report, String generatedAt) {
        Parameters p = report.parameters();
        List<String> out = new ArrayList<>();
        out.add("Input: " + String.join(", ", report.input().files()) + "; " + Numbers.count(report.input().rowsRead())
                + " rows read, " + Numbers.count(report.input().postings()) + " distinct postings ("
                + Numbers.count(report.input().duplicates()) + " duplicates by " + p.dedupe() + ", "
                + Numbers.count(report.input().rejected()) + " rejected rows, "
                + Numbers.count(report.input().withoutRole()) + " postings matching no role).");
        out.add("Salaries: US postings with pay in USD, a range taken at its midpoint, annualized with "
                + Numbers.count(p.hoursPerYear()) + " hours per year, valid from " + Numbers.money(Parameters.MIN_ANNUAL_SALARY)
                + " to " + Numbers.money(Parameters.MAX_ANNUAL_SALARY) + " a year; the source's own estimates "
                + (p.includeEstimated() ? "included" : "excluded") + ". "
                + Numbers.count(report.input().salaryValid()) + " of " + Numbers.count(report.input().salaryStated())
                + " stated salaries are valid.");
        out.add("Skills: top " + p.top() + " per role by count; Jaccard of the two top-" + p.top() + " sets; skill "
                + "salaries for skills with n ≥ " + Numbers.count(p.minN()) + ", small sample below n=" + SMALL_SAMPLE + "; 95% intervals "
                + "of medians from order statistics; salary gap tested with Mann-Whitney U.");
        out.add("Overlap rank: among all pairs of roles with at least " + Numbers.count(p.minPostings()) + " postings.");
        if (p.skillTableFile() != null) {
            out.add("Skills also joined by posting id from " + p.skillTableFile() + ".");
        }
        if (!p.map().isEmpty()) {
            List<String> maps = new ArrayList<>();
            p.map().forEach((field, column) -> maps.add(field + "=" + column));
            out.add("Column mapping: " + String.join(", ", maps) + ".");
        }
        out.add("Taxonomies: " + taxonomy("roles", p.rolesFile(), report.taxonomy() == null ? null : report.taxonomy().roles(),
                report.taxonomy() == null ? 0 : report.taxonomy().roleEntries()) + "; "
                + taxonomy("skills", p.skillsFile(), report.taxonomy() == null ? null : report.taxonomy().skills(),
                report.taxonomy() == null ? 0 : report.taxonomy().skillEntries()) + ".");
        out.add("Definitions: docs/METRICS.md of the postings tool; report.json beside this file carries every number "
                + "exactly, and " + CODE + "postings check report.json" + CODE + " recomputes it.");
        out.add("Appendix: every skill salary, the input, salary exclusions and problems are in " + CODE + ReportAppendix.FILE
                + CODE + ".");
        if (generatedAt != null) {
            out.add("Generated: " + generatedAt + ".");
        }
        // Escaped as text, except the spans of the tool's own command and files, which render as code.
        List<String> markdown = new ArrayList<>(out.size());
        for (String item : out) {
            StringBuilder md = new StringBuilder();
            String[] parts = item.split(CODE, -1);
            for (int i = 0; i < parts.length; i++) {
                md.append(i % 2 == 0 ? MarkdownWriter.escape(parts[i]) : "`" + parts[i] + "`");
            }
            markdown.add(md.toString());
        }
        return markdown;
    }

    private static String taxonomy(String name, String file, String hash, int entries) {
        String source = file == null ? "built-in" : file.startsWith("+") ? "built-in extended by " + file.substring(1) : file;
        if (hash == null) {
            return name + " " + source;
        }
        return name + " " + source + " (" + Numbers.count(entries) + " entries, sha256 " + hash.substring(0, 12) + ")";
    }

    /** Marks a code span inside a methods line; never in input (control characters are cleaned from it). */
    private static final String CODE = "\u0000";

    private static String link(String file) {
        return "[" + file + "](" + file + ")";
    }

    private static String image(String alt, String file) {
        return "![" + MarkdownWriter.escape(alt) + "](" + file + ")";
    }

    /** "an" before amounts read with a vowel sound: $8, $11,000, $18,500, $80,000, $800. */
    static String article(String money) {
        String digits = money.replace("$", "").replace("-", "");
        int comma = digits.indexOf(',');
        String lead = comma < 0 ? digits : digits.substring(0, comma);
        return lead.startsWith("8") || lead.equals("11") || lead.equals("18") ? "an" : "a";
    }

    /** {@code A}, {@code A and B}, {@code A, B and C}. */
    static String join(List<String> items) {
        if (items.size() <= 1) {
            return String.join("", items);
        }
        return String.join(", ", items.subList(0, items.size() - 1)) + " and " + items.get(items.size() - 1);
    }
}
