package io.postings.render;

import io.postings.render.TextTable.Align;
import io.postings.report.CompareReport;
import io.postings.report.Example;
import io.postings.report.InputSummary;
import io.postings.report.PairSkill;
import io.postings.report.Problem;
import io.postings.report.RoleAliases;
import io.postings.report.RoleCount;
import io.postings.report.RoleProfile;
import io.postings.report.RolesReport;
import io.postings.report.Share;
import io.postings.report.SkillSalary;
import java.io.IOException;
import java.io.Writer;
import java.util.List;

/**
 * The terminal form of a report: titled sections of aligned plain-text tables, no colour,
 * {@code \n} line ends. All numbers come formatted from the report's records; nothing here
 * is computed beyond display rounding.
 */
public final class TableRenderer implements Renderer {

    private final Style style;

    /** Plain output: no colour, no width limit (files, pipes, tests). */
    public TableRenderer() {
        this(Style.PLAIN);
    }

    /** Output for a terminal: bold section titles when colour is on, tables shortened to its width. */
    public TableRenderer(Style style) {
        this.style = style;
    }

    @Override
    public void render(CompareReport report, Writer out) throws IOException {
        RoleProfile a = report.a();
        RoleProfile b = report.b();
        Page page = new Page(style);
        page.line(Phrases.title(a, b));
        SelectionLines.header(page, report.input());

        page.section("Summary");
        page.table(new TextTable()
                .column("metric", Align.LEFT)
                .column(a.role(), Align.RIGHT)
                .column(b.role(), Align.RIGHT)
                .row("Median US base salary", Phrases.medianWithN(a.salary()), Phrases.medianWithN(b.salary()))
                .row("Typical range (p25–p75)", PayPhrases.typicalRange(a.salary(), "–"),
                        PayPhrases.typicalRange(b.salary(), "–"))
                .row("Active postings", Numbers.count(a.postings()), Numbers.count(b.postings()))
                .row("Top skill", Phrases.topSkill(a.topSkill()), Phrases.topSkill(b.topSkill()))
                .row("Entry-level share", Phrases.entryLevel(a), Phrases.entryLevel(b))
                .row("Remote share", Phrases.remote(a), Phrases.remote(b)));
        page.blank();
        page.line(Phrases.overlap(report.pair(), report.parameters().top()));
        String rank = Phrases.overlapRank(report.pair().overlapRank());
        if (rank != null) {
            page.line(rank);
        }
        page.line(Phrases.salaryGap(report.pair(), a, b));
        page.line(PayPhrases.adjustedGap(report.pair(), a, b));
        page.line(Phrases.volume(report.pair().volume(), a, b));

        int top = report.parameters().top();
        page.section("Skills shared by both top-" + top + " lists (" + report.pair().shared().size() + ")");
        if (report.pair().shared().isEmpty()) {
            page.line("none");
        } else {
            TextTable shared = new TextTable()
                    .column("skill", Align.LEFT)
                    .column(a.role(), Align.RIGHT)
                    .column(b.role(), Align.RIGHT);
            for (PairSkill s : report.pair().shared()) {
                shared.row(s.skill(), Numbers.percent(s.countA(), a.postings()),
                        Numbers.percent(s.countB(), b.postings()));
            }
            page.table(shared);
        }
        exclusive(page, a, report.pair().exclusiveA(), true, top);
        exclusive(page, b, report.pair().exclusiveB(), false, top);

        for (RoleProfile role : List.of(a, b)) {
            skillSalaries(page, role, report.parameters().minN());
        }

        payBreakdowns(page, List.of(a, b));

        page.section("Seniority");
        page.table(buckets(a, b, Phrases.SENIORITY, true));
        page.section("Work mode");
        page.table(buckets(a, b, Phrases.WORK_MODE, false));

        page.section("Countries (top " + report.parameters().topK() + ")");
        page.table(countries(a, b));

        for (RoleProfile role : List.of(a, b)) {
            page.section("Employers: " + role.role() + " (top " + report.parameters().topK() + ")");
            if (role.employers().isEmpty()) {
                page.line("no postings name a company");
            } else {
                TextTable employers = new TextTable()
                        .column("company", Align.LEFT)
                        .column("postings", Align.RIGHT);
                for (Share e : role.employers()) {
                    employers.row(e.key(), Numbers.count(e.count()));
                }
                page.table(employers);
            }
        }

        input(page, report.input(), Phrases.parameters(report.parameters()));
        out.write(page.text());
    }

    @Override
    public void render(RolesReport report, Writer out) throws IOException {
        Page page = new Page(style);
        page.line("Roles");
        SelectionLines.header(page, report.input());
        if (report.roles().isEmpty()) {
            page.line("no postings matched a role");
        } else {
            TextTable roles = new TextTable()
                    .column("role", Align.LEFT)
                    .column("postings", Align.RIGHT);
            for (RoleCount role : report.roles()) {
                roles.row(role.role(), Numbers.count(role.postings()));
            }
            page.table(roles);
        }
        page.blank();
        page.line("Postings that matched no role: " + Numbers.count(report.input().withoutRole()));
        if (report.aliases() != null) {
            page.section("Names each role goes by (--a, --b and --role accept any of them)");
            TextTable names = new TextTable()
                    .column("role", Align.LEFT)
                    .column("postings", Align.RIGHT)
                    .column("aliases", Align.LEFT)
                    .column("never with", Align.LEFT);
            for (RoleAliases role : report.aliases()) {
                names.row(role.role(), Numbers.count(role.postings()), String.join(", ", role.aliases()),
                        String.join(", ", role.exclusions()));
            }
            page.table(names);
        }
        input(page, report.input(), null);
        out.write(page.text());
    }

    private static void exclusive(Page page, RoleProfile role, List<PairSkill> skills, boolean isA, int top) {
        page.section("Only in " + role.role() + "'s top " + top + " (" + skills.size() + ")");
        if (skills.isEmpty()) {
            page.line("none");
            return;
        }
        TextTable table = new TextTable()
                .column("skill", Align.LEFT)
                .column("share", Align.RIGHT);
        for (PairSkill s : skills) {
            table.row(s.skill(), Numbers.percent(isA ? s.countA() : s.countB(), role.postings()));
        }
        page.table(table);
    }

    /** Pay distribution and pay by seniority, one column per role. */
    static void payBreakdowns(Page page, List<RoleProfile> roles) {
        page.section("Pay distribution (US base salary)");
        if (roles.stream().allMatch(r -> r.salary().n() == 0)) {
            page.line(PayPhrases.NO_SALARIES);
        } else {
            page.table(roleColumns("percentile", roles, PayPhrases.distributionRows(roles)));
            page.section("Pay by seniority (median US base salary)");
            page.table(roleColumns("level", roles, PayPhrases.seniorityRows(roles)));
        }
        List<String[]> countries = PayPhrases.countryRows(roles);
        if (!countries.isEmpty()) {
            page.section(PayPhrases.COUNTRY_TITLE);
            page.table(roleColumns("country (currency)", roles, countries));
        }
        if (PayPhrases.anySmallSample(roles)) {
            page.line(PayPhrases.SMALL_SAMPLE_NOTE);
        }
    }

    private static TextTable roleColumns(String first, List<RoleProfile> roles, List<String[]> rows) {
        TextTable table = new TextTable().column(first, Align.LEFT);
        roles.forEach(r -> table.column(r.role(), Align.RIGHT));
        rows.forEach(table::row);
        return table;
    }

    private static void skillSalaries(Page page, RoleProfile role, int minN) {
        page.section("Skill salaries: " + role.role() + " (n >= " + Numbers.count(minN) + ")");
        page.line(Phrases.baseline(role, "–"));
        if (role.skillSalaries().isEmpty()) {
            page.line(Phrases.noSkillSalaries(minN));
            return;
        }
        TextTable table = new TextTable()
                .column("skill", Align.LEFT)
                .column("median", Align.RIGHT)
                .column("n", Align.RIGHT)
                .column("premium", Align.RIGHT)
                .column("premium %", Align.RIGHT)
                .column("95% interval", Align.RIGHT)
                .column("flags", Align.LEFT);
        for (SkillSalary s : role.skillSalaries()) {
            table.row(s.skill(), Numbers.money(s.median()), Numbers.count(s.n()),
                    Numbers.signedMoney(s.premium()), Numbers.signedFraction1(s.premiumPct()),
                    Phrases.interval(s.interval(), "–"), Phrases.flags(s));
        }
        page.table(table);
    }

    // Seniority shares keep one decimal (the entry row is the entry-level share); work modes are whole percent.
    private static TextTable buckets(RoleProfile a, RoleProfile b, List<String> keys, boolean seniority) {
        TextTable table = new TextTable()
                .column(seniority ? "level" : "mode", Align.LEFT)
                .column(a.role(), Align.RIGHT)
                .column("share", Align.RIGHT)
                .column(b.role(), Align.RIGHT)
                .column("share", Align.RIGHT);
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

    // Side by side: country codes are short, and the two roles' markets read best next to each other.
    private static TextTable countries(RoleProfile a, RoleProfile b) {
        TextTable table = new TextTable()
                .column(a.role(), Align.LEFT)
                .column("postings", Align.RIGHT)
                .column("share", Align.RIGHT)
                .column(b.role(), Align.LEFT)
                .column("postings", Align.RIGHT)
                .column("share", Align.RIGHT);
        int rows = Math.max(a.countries().size(), b.countries().size());
        for (int i = 0; i < rows; i++) {
            String[] left = countryCells(i < a.countries().size() ? a.countries().get(i) : null, null);
            String[] right = countryCells(i < b.countries().size() ? b.countries().get(i) : null, null);
            table.row(left[0], left[1], left[2], right[0], right[1], right[2]);
        }
        String[] left = countryCells(a.unknownCountry(), "unknown");
        String[] right = countryCells(b.unknownCountry(), "unknown");
        table.row(left[0], left[1], left[2], right[0], right[1], right[2]);
        return table;
    }

    private static String[] countryCells(Share country, String label) {
        if (country == null) {
            return new String[] {"", "", ""};
        }
        return new String[] {label == null ? country.key() : label, Numbers.count(country.count()),
                Phrases.share(country)};
    }

    /** The input-quality section every report ends with; {@code parameters} is null for {@code roles}. */
    static void input(Page page, InputSummary input, String parameters) {
        page.section("Input");
        page.line("Files: " + String.join(", ", input.files()));
        if (parameters != null) {
            page.line(parameters);
        }
        page.table(new TextTable()
                .column("rows and postings", Align.LEFT)
                .column("count", Align.RIGHT)
                .row("rows read", Numbers.count(input.rowsRead()))
                .row("postings", Numbers.count(input.postings()))
                .row("duplicates", Numbers.count(input.duplicates()))
                .row("rejected rows", Numbers.count(input.rejected()))
                .row("rows filtered out", Numbers.count(input.filteredOut()))
                .row("postings without a role", Numbers.count(input.withoutRole()))
                .row("postings without a date", Numbers.count(input.withoutDate()))
                .row("salaries stated", Numbers.count(input.salaryStated()))
                .row("valid US base salaries", Numbers.count(input.salaryValid())));
        String leftOut = SelectionLines.leftOut(input);
        if (leftOut != null) {
            page.line(leftOut);
        }
        String mostWithoutRole = Phrases.mostWithoutRole(input);
        if (mostWithoutRole != null) {
            page.line(mostWithoutRole);
        }

        page.section("Salary exclusions");
        if (input.salaryExcluded().isEmpty()) {
            page.line("none");
        } else {
            TextTable excluded = new TextTable()
                    .column("reason", Align.LEFT)
                    .column("count", Align.RIGHT);
            for (Share reason : input.salaryExcluded()) {
                excluded.row(reason.key(), Numbers.count(reason.count()));
            }
            page.table(excluded);
        }

        page.section("Problems");
        if (input.problems().isEmpty()) {
            page.line("none");
        } else {
            // One row per example, the kind and count on the first: file:line and detail each line up.
            TextTable problems = new TextTable()
                    .column("kind", Align.LEFT)
                    .column("count", Align.RIGHT)
                    .column("first examples", Align.LEFT)
                    .column("detail", Align.LEFT);
            Phrases.problemRows(input.problems()).forEach(problems::row);
            page.table(problems);
        }

        page.section("Unmapped skills");
        List<Share> unmapped = input.unmappedSkills();
        if (unmapped.isEmpty()) {
            page.line("none");
        } else {
            TextTable skills = new TextTable()
                    .column("skill", Align.LEFT)
                    .column("postings", Align.RIGHT);
            int shown = Math.min(unmapped.size(), Phrases.MAX_UNMAPPED);
            for (Share skill : unmapped.subList(0, shown)) {
                skills.row(skill.key(), Numbers.count(skill.count()));
            }
            page.table(skills);
            if (shown < unmapped.size()) {
                page.line(Phrases.moreUnmapped(unmapped.size() - shown));
            }
        }

        page.section("Titles without a role");
        List<Share> titles = input.unmatchedTitles();
        if (titles.isEmpty()) {
            page.line("none");
        } else {
            TextTable table = new TextTable()
                    .column("title", Align.LEFT)
                    .column("postings", Align.RIGHT);
            for (Share title : titles) {
                table.row(title.key(), Numbers.count(title.count()));
            }
            page.table(table);
        }
    }

    /**
     * The output being built. It is written in one piece at the end so that a failure while
     * rendering leaves nothing half-written; free text passes through {@link TextTable#clean}.
     */
    static final class Page {
        private final StringBuilder text = new StringBuilder();
        private final Style style;

        Page(Style style) {
            this.style = style;
        }

        void section(String title) {
            blank();
            text.append(style.heading(TextTable.clean(title).stripTrailing())).append('\n');
        }

        void line(String line) {
            text.append(TextTable.clean(line).stripTrailing()).append('\n');
        }

        /** A line coloured by one of the style's paints (after cleaning, so its escape codes survive). */
        void line(String line, java.util.function.BiFunction<Style, String, String> paint) {
            text.append(paint.apply(style, TextTable.clean(line).stripTrailing())).append('\n');
        }

        void blank() {
            text.append('\n');
        }

        void table(TextTable table) {
            text.append(table.render(style.width()));
        }

        String text() {
            return text.toString();
        }
    }
}
