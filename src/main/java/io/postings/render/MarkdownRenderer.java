package io.postings.render;

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
import java.util.ArrayList;
import java.util.List;

/**
 * The report as GitHub-flavoured Markdown, for pasting into an article or a pull request:
 * the same sections and wording as {@link TableRenderer}, as headings, lists and pipe tables.
 * Every piece of text is escaped (see {@link #escape}) so input cannot break a table or
 * inject markup.
 */
public final class MarkdownRenderer implements Renderer {

    /*
     * Intervals are written "$146,000 – $155,000" with spaces: a "$" right after a non-space
     * could close a "$...$" math span on renderers that support one (GitHub does).
     */
    static final String RANGE = " – ";

    @Override
    public void render(CompareReport report, Writer out) throws IOException {
        RoleProfile a = report.a();
        RoleProfile b = report.b();
        int top = report.parameters().top();
        int topK = report.parameters().topK();
        Doc doc = new Doc();
        doc.heading(1, Phrases.title(a, b));
        SelectionLines.header(doc, report.input());

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
        doc.bullets(findings);

        doc.heading(2, "Skills");
        skills(doc, report);

        doc.heading(2, "Skill salaries");
        for (RoleProfile role : List.of(a, b)) {
            skillSalaries(doc, role, report.parameters().minN());
        }
        payBreakdowns(doc, List.of(a, b), 2);

        doc.heading(2, "Seniority");
        doc.table(buckets(a, b, Phrases.SENIORITY, true));
        doc.heading(2, "Work mode");
        doc.table(buckets(a, b, Phrases.WORK_MODE, false));

        doc.heading(2, "Countries (top " + topK + ")");
        doc.table(countries(a, b));

        doc.heading(2, "Employers (top " + topK + ")");
        employers(doc, a, b);

        input(doc, report.input(), Phrases.parameters(report.parameters()));
        out.write(doc.text());
    }

    @Override
    public void render(RolesReport report, Writer out) throws IOException {
        Doc doc = new Doc();
        doc.heading(1, "Roles");
        SelectionLines.header(doc, report.input());
        if (report.roles().isEmpty()) {
            doc.paragraph("no postings matched a role");
        } else {
            Table roles = new Table().left("role").right("postings");
            for (RoleCount role : report.roles()) {
                roles.row(role.role(), Numbers.count(role.postings()));
            }
            doc.table(roles);
        }
        doc.paragraph("Postings that matched no role: " + Numbers.count(report.input().withoutRole()));
        if (report.aliases() != null) {
            doc.heading(2, "Names each role goes by");
            Table names = new Table().left("role").right("postings").left("aliases").left("never with");
            for (RoleAliases role : report.aliases()) {
                names.row(role.role(), Numbers.count(role.postings()), String.join(", ", role.aliases()),
                        String.join(", ", role.exclusions()));
            }
            doc.table(names);
        }
        input(doc, report.input(), null);
        out.write(doc.text());
    }

    /**
     * Text made inert inside a GitHub-flavoured Markdown table cell, heading or paragraph:
     * control characters go as in {@link TextTable#clean} (so a newline becomes a space and
     * cannot end a table row), {@code |} cannot split a cell, and what could start emphasis,
     * strikethrough, a code span, a link or HTML is backslash-escaped, which renders literally.
     * The backslash itself is escaped so that input ending in one cannot escape our pipe.
     * {@code _} inside a word and {@code <} before anything but a tag or autolink start are left
     * alone, since they cannot start markup and keep keys like {@code out_of_range} readable.
     */
    static String escape(String text) {
        String clean = TextTable.clean(text);
        StringBuilder out = new StringBuilder(clean.length() + 8);
        for (int i = 0; i < clean.length(); i++) {
            char ch = clean.charAt(i);
            char before = i > 0 ? clean.charAt(i - 1) : ' ';
            char after = i + 1 < clean.length() ? clean.charAt(i + 1) : ' ';
            boolean markup = switch (ch) {
                case '\\', '|', '*', '`', '[', ']', '~' -> true;
                case '_' -> !(Character.isLetterOrDigit(before) && Character.isLetterOrDigit(after));
                case '<' -> isAsciiLetter(after) || after == '/' || after == '!' || after == '?';
                default -> false;
            };
            if (markup) {
                out.append('\\');
            }
            out.append(ch);
        }
        return out.toString();
    }

    private static boolean isAsciiLetter(char ch) {
        return (ch >= 'a' && ch <= 'z') || (ch >= 'A' && ch <= 'Z');
    }

    /** The article's summary table. */
    static Table summary(RoleProfile a, RoleProfile b) {
        return new Table()
                .left("metric").right(a.role()).right(b.role())
                .row("Median US base salary", Phrases.medianWithN(a.salary()), Phrases.medianWithN(b.salary()))
                .row("Typical range (p25–p75)", PayPhrases.typicalRange(a.salary(), RANGE),
                        PayPhrases.typicalRange(b.salary(), RANGE))
                .row("Active postings", Numbers.count(a.postings()), Numbers.count(b.postings()))
                .row("Top skill", Phrases.topSkill(a.topSkill()), Phrases.topSkill(b.topSkill()))
                .row("Entry-level share", Phrases.entryLevel(a), Phrases.entryLevel(b))
                .row("Remote share", Phrases.remote(a), Phrases.remote(b));
    }

    /** Shared skills, then each role's exclusive ones, as level-3 sections. */
    static void skills(Doc doc, CompareReport report) {
        RoleProfile a = report.a();
        RoleProfile b = report.b();
        int top = report.parameters().top();
        doc.heading(3, "Shared by both top-" + top + " lists (" + report.pair().shared().size() + ")");
        if (report.pair().shared().isEmpty()) {
            doc.paragraph("none");
        } else {
            Table shared = new Table().left("skill").right(a.role()).right(b.role());
            for (PairSkill s : report.pair().shared()) {
                shared.row(s.skill(), Numbers.percent(s.countA(), a.postings()),
                        Numbers.percent(s.countB(), b.postings()));
            }
            doc.table(shared);
        }
        exclusive(doc, a, report.pair().exclusiveA(), true, top);
        exclusive(doc, b, report.pair().exclusiveB(), false, top);
    }

    /** Each role's top employers as a level-3 section. */
    static void employers(Doc doc, RoleProfile a, RoleProfile b) {
        for (RoleProfile role : List.of(a, b)) {
            doc.heading(3, role.role());
            if (role.employers().isEmpty()) {
                doc.paragraph("no postings name a company");
            } else {
                Table employers = new Table().left("company").right("postings");
                for (Share e : role.employers()) {
                    employers.row(e.key(), Numbers.count(e.count()));
                }
                doc.table(employers);
            }
        }
    }

    static void exclusive(Doc doc, RoleProfile role, List<PairSkill> skills, boolean isA, int top) {
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

    /** Pay distribution and pay by seniority, one column per role, under headings of {@code level}. */
    static void payBreakdowns(Doc doc, List<RoleProfile> roles, int level) {
        doc.heading(level, "Pay distribution (US base salary)");
        if (roles.stream().allMatch(r -> r.salary().n() == 0)) {
            doc.paragraph(PayPhrases.NO_SALARIES);
        } else {
            doc.table(roleColumns("percentile", roles, PayPhrases.distributionRows(roles)));
            doc.heading(level, "Pay by seniority (median US base salary)");
            doc.table(roleColumns("level", roles, PayPhrases.seniorityRows(roles)));
        }
        List<String[]> countries = PayPhrases.countryRows(roles);
        if (!countries.isEmpty()) {
            doc.heading(level, PayPhrases.COUNTRY_TITLE);
            doc.table(roleColumns("country (currency)", roles, countries));
        }
        if (PayPhrases.anySmallSample(roles)) {
            doc.paragraph(PayPhrases.SMALL_SAMPLE_NOTE);
        }
    }

    static Table roleColumns(String first, List<RoleProfile> roles, List<String[]> rows) {
        Table table = new Table().left(first);
        roles.forEach(r -> table.right(r.role()));
        rows.forEach(table::row);
        return table;
    }

    static void skillSalaries(Doc doc, RoleProfile role, int minN) {
        doc.heading(3, role.role() + " (n >= " + Numbers.count(minN) + ")");
        doc.paragraph(Phrases.baseline(role, RANGE));
        if (role.skillSalaries().isEmpty()) {
            doc.paragraph(Phrases.noSkillSalaries(minN));
            return;
        }
        Table table = new Table().left("skill").right("median").right("n").right("premium")
                .right("premium %").right("95% interval").left("flags");
        for (SkillSalary s : role.skillSalaries()) {
            table.row(s.skill(), Numbers.money(s.median()), Numbers.count(s.n()),
                    Numbers.signedMoney(s.premium()), Numbers.signedFraction1(s.premiumPct()),
                    Phrases.interval(s.interval(), RANGE), Phrases.flags(s));
        }
        doc.table(table);
    }

    // Same rounding as the terminal: seniority to one decimal, work modes to whole percent.
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

    static Table countries(RoleProfile a, RoleProfile b) {
        return countries(a, b, false);
    }

    /** @param named countries as "Germany (DE)" (the report) rather than ISO codes alone */
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
        table.row(unknown.toArray(String[]::new));
        return table;
    }

    private static List<String> countryCells(Share country, String label, boolean named) {
        if (country == null) {
            return List.of("", "", "");
        }
        return List.of(label != null ? label : named ? CountryNames.withCode(country.key()) : country.key(), Numbers.count(country.count()),
                Phrases.share(country));
    }

    static void input(Doc doc, InputSummary input, String parameters) {
        doc.heading(2, "Input");
        List<String> about = new ArrayList<>(2);
        about.add("Files: " + String.join(", ", input.files()));
        if (parameters != null) {
            about.add(parameters);
        }
        doc.bullets(about);
        doc.table(new Table().left("rows and postings").right("count")
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
            doc.paragraph(leftOut);
        }
        String mostWithoutRole = Phrases.mostWithoutRole(input);
        if (mostWithoutRole != null) {
            doc.paragraph(mostWithoutRole);
        }

        doc.heading(3, "Salary exclusions");
        if (input.salaryExcluded().isEmpty()) {
            doc.paragraph("none");
        } else {
            Table excluded = new Table().left("reason").right("count");
            for (Share reason : input.salaryExcluded()) {
                excluded.row(reason.key(), Numbers.count(reason.count()));
            }
            doc.table(excluded);
        }

        doc.heading(3, "Problems");
        if (input.problems().isEmpty()) {
            doc.paragraph("none");
        } else {
            Table problems = new Table().left("kind").right("count").left("first examples").left("detail");
            Phrases.problemRows(input.problems()).forEach(problems::row);
            doc.table(problems);
        }

        doc.heading(3, "Unmapped skills");
        List<Share> unmapped = input.unmappedSkills();
        if (unmapped.isEmpty()) {
            doc.paragraph("none");
        } else {
            Table skills = new Table().left("skill").right("postings");
            int shown = Math.min(unmapped.size(), Phrases.MAX_UNMAPPED);
            for (Share skill : unmapped.subList(0, shown)) {
                skills.row(skill.key(), Numbers.count(skill.count()));
            }
            doc.table(skills);
            if (shown < unmapped.size()) {
                doc.paragraph(Phrases.moreUnmapped(unmapped.size() - shown));
            }
        }

        doc.heading(3, "Titles without a role");
        List<Share> titles = input.unmatchedTitles();
        if (titles.isEmpty()) {
            doc.paragraph("none");
        } else {
            Table table = new Table().left("title").right("postings");
            for (Share title : titles) {
                table.row(title.key(), Numbers.count(title.count()));
            }
            doc.table(table);
        }
    }

    /** A GitHub pipe table; every header and cell is escaped when rendered. */
    static final class Table {
        private final List<String> headers = new ArrayList<>();
        private final List<String> rules = new ArrayList<>();
        private final List<String[]> rows = new ArrayList<>();

        Table left(String header) {
            headers.add(header);
            rules.add("---");
            return this;
        }

        Table right(String header) {
            headers.add(header);
            rules.add("--:");
            return this;
        }

        Table row(String... cells) {
            if (cells.length != headers.size()) {
                throw new IllegalArgumentException(
                        "row has " + cells.length + " cells, table has " + headers.size() + " columns");
            }
            rows.add(cells.clone());
            return this;
        }

        String render() {
            StringBuilder out = new StringBuilder();
            line(out, headers.toArray(String[]::new));
            out.append('|').append(String.join("|", rules)).append("|\n");
            for (String[] row : rows) {
                line(out, row);
            }
            return out.toString();
        }

        private static void line(StringBuilder out, String[] cells) {
            out.append('|');
            for (String cell : cells) {
                String text = cell == null ? "" : escape(cell).strip();
                out.append(text.isEmpty() ? " " : " " + text + " ").append('|');
            }
            out.append('\n');
        }
    }

    /** The document being built, written in one piece at the end; blocks are separated by one blank line. */
    static final class Doc {
        private final StringBuilder text = new StringBuilder();

        void heading(int level, String title) {
            block(("#".repeat(level) + " " + escape(title).strip()).stripTrailing() + "\n");
        }

        void paragraph(String line) {
            block(escape(line).strip() + "\n");
        }

        void bullets(List<String> items) {
            StringBuilder list = new StringBuilder();
            for (String item : items) {
                list.append("- ").append(escape(item).strip()).append('\n');
            }
            block(list.toString());
        }

        /** A list whose items are Markdown the tool wrote, any input text in them escaped already. */
        void rawBullets(List<String> items) {
            StringBuilder list = new StringBuilder();
            for (String item : items) {
                list.append("- ").append(item.strip()).append('\n');
            }
            block(list.toString());
        }

        void table(Table table) {
            block(table.render());
        }

        /** Markdown the tool writes itself, such as an image link: not escaped, so never input text. */
        void raw(String markdown) {
            block(markdown.strip() + "\n");
        }

        private void block(String block) {
            if (text.length() > 0) {
                text.append('\n');
            }
            text.append(block);
        }

        String text() {
            return text.toString();
        }
    }
}
