package io.postings.render;

import static org.assertj.core.api.Assertions.assertThat;

import io.postings.report.CompareReport;
import io.postings.report.InputSummary;
import io.postings.report.Interval;
import io.postings.report.RolesReport;
import io.postings.report.SalarySummary;
import io.postings.report.Share;
import io.postings.report.SkillSalary;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class CompareTextTest {

    @Test
    void plainTextWithNewlinesOnly() throws IOException {
        for (String text : List.of(render(Fixtures.compare()), render(Fixtures.sparse()), render(Fixtures.roles()))) {
            assertThat(text).doesNotContain("\r").doesNotContain(" \n").doesNotContain("\u001B").endsWith("\n");
            assertThat(text).doesNotEndWith("\n\n");
        }
    }

    @Test
    void summaryAsTheArticlesPhraseIt() throws IOException {
        String text = render(Fixtures.compare());
        assertThat(text).startsWith("Backend Developer vs DevOps Engineer\n");
        // Right-aligned value columns: A's and B's figures end in the same place on every row.
        assertThat(text).contains(""
                + "metric                   Backend Developer     DevOps Engineer\n"
                + "-----------------------  -----------------  ------------------\n"
                + "Median US base salary     $150,000 (n=545)  $131,500 (n=1,103)\n"
                + "Typical range (p25–p75)  $130,000–$172,000   $115,000–$150,000\n"
                + "Active postings                      7,257               6,908\n"
                + "Top skill                          AWS 43%           CI/CD 63%\n"
                + "Entry-level share               2.0% (144)          2.0% (139)\n"
                + "Remote share                           30%                 23%\n");
        assertThat(text).contains("Top-30 skill overlap (Jaccard): 43% (18 of 42 skills)\n");
        assertThat(text).contains("Salary gap: $18,500 (14.1%) higher for Backend Developer, Mann-Whitney p=0.0004\n");
        assertThat(text).contains("Volume: 1.05x (Backend Developer has 349 more postings)\n");
        assertThat(text).contains("Seniority-adjusted gap: $15,003 (10.8%) higher for Backend Developer, within entry, "
                + "mid, senior and staff (pooled mix of 1,585 salaried postings)\n");
    }

    @Test
    void noSalariesAtAllIsOneLineNotEmptyTables() throws IOException {
        CompareReport sparse = Fixtures.sparse();
        CompareReport none = new CompareReport(CompareReport.SCHEMA, sparse.parameters(), sparse.input(), sparse.b(),
                sparse.b(), sparse.pair());
        assertThat(render(none)).contains("Pay distribution (US base salary)\n"
                + "No valid US salaries: no distribution and no pay by seniority.\n\nSeniority\n");
    }

    @Test
    void payDistributionAndPayBySeniorityPerRole() throws IOException {
        String text = render(Fixtures.compare());
        assertThat(text).contains(""
                + "Pay distribution (US base salary)\n"
                + "percentile  Backend Developer  DevOps Engineer\n"
                + "----------  -----------------  ---------------\n"
                + "p10                  $112,000          $98,000\n"
                + "p25                  $130,000         $115,000\n"
                + "median               $150,000         $131,500\n"
                + "p75                  $172,000         $150,000\n"
                + "p90                  $195,000         $170,000\n");
        assertThat(text).contains(""
                + "Pay by seniority (median US base salary)\n"
                + "level   Backend Developer   DevOps Engineer\n"
                + "------  -----------------  ----------------\n"
                + "entry     $95,000 (n=12)*   $88,000 (n=15)*\n"
                + "mid      $138,000 (n=210)  $125,000 (n=520)\n"
                + "senior   $160,000 (n=260)  $145,000 (n=400)\n"
                + "staff    $205,000 (n=48)*  $180,000 (n=120)\n"
                + "\n"
                + "Pay outside the US (median annual base salary in the currency stated)\n"
                + "country (currency)     Backend Developer        DevOps Engineer\n"
                + "--------------------  ------------------  ---------------------\n"
                + "United Kingdom (GBP)   GBP 62,500 (n=61)      GBP 60,000 (n=80)\n"
                + "Germany (EUR)         EUR 68,000 (n=42)*                      –\n"
                + "India (INR)                            –  INR 1,800,000 (n=30)*\n"
                + "* small sample: fewer than 50 salaries, directional only\n");
        assertThat(render(Fixtures.sparse())).contains("Seniority-adjusted gap: cannot be computed (no seniority level has valid US salaries for both roles)\n");
    }

    @Test
    void sectionsComeInOrder() throws IOException {
        String text = render(Fixtures.compare());
        List<String> titles = List.of("Summary\n", "Skills shared by both top-30 lists (18)\n",
                "Only in Backend Developer's top 30 (12)\n", "Only in DevOps Engineer's top 30 (12)\n",
                "Skill salaries: Backend Developer (n >= 25)\n", "Skill salaries: DevOps Engineer (n >= 25)\n",
                "Seniority\n", "Work mode\n", "Countries (top 10)\n", "Employers: Backend Developer (top 10)\n",
                "Employers: DevOps Engineer (top 10)\n", "Input\n", "Salary exclusions\n", "Problems\n",
                "Unmapped skills\n");
        int at = 0;
        for (String title : titles) {
            int next = text.indexOf("\n" + title, at);
            assertThat(next).as(title).isGreaterThanOrEqualTo(at);
            at = next;
        }
    }

    @Test
    void missingValuesAreSaidPlainly() throws IOException {
        String text = render(Fixtures.sparse());
        assertThat(text).contains("Median US base salary        $134,601 (n=4)            – (n=0)\n");
        assertThat(text).contains("Entry-level share                  8.3% (1)              – (0)\n");
        assertThat(text).contains("Top-30 skill overlap (Jaccard): n/a (neither role asks for any skill)\n");
        assertThat(text).contains("Salary gap: cannot be computed (no valid US salaries for Firmware Engineer)\n");
        assertThat(text).contains("Volume: n/a (Embedded Developer has 12 more postings)\n");
        assertThat(text).contains("Baseline: $134,601 (n=4, 33.3% of postings), no 95% interval (n too small)\n");
        assertThat(text).contains("Baseline: – (no valid US salaries)\n");
        assertThat(text).contains("No skill has at least 25 valid US salaries (min n).\n");
    }

    @Test
    void skillWithoutAnIntervalShowsADash() throws IOException {
        SkillSalary tiny = new SkillSalary("Zig", 5, 160_000.5, 10_000.5, 10_000.5 / 150_000, null, true, false);
        CompareReport base = Fixtures.compare();
        String text = render(Fixtures.withA(base, base.a().salary(), List.of(tiny), base.a().employers()));
        assertThat(text).contains("Zig    $160,001  5  +$10,001      +6.7%             –  small sample\n");
    }

    @Test
    void untrustedTextCannotControlTheTerminal() throws IOException {
        List<Share> employers = List.of(Share.of("Evil\u001B]0;owned\u0007Corp\nNext line", 3, 7_257));
        String text = render(Fixtures.withEmployersOfA(Fixtures.compare(), employers));
        assertThat(text).doesNotContain("\u001B").doesNotContain("\u0007");
        assertThat(text).contains("Evil]0;ownedCorp Next line         3\n");
    }

    @Test
    void longListsOfUnmappedSkillsAreCut() throws IOException {
        InputSummary in = Fixtures.input();
        List<Share> many = new ArrayList<>();
        for (int i = 0; i < 25; i++) {
            many.add(Share.of("raw skill " + i, 100 - i, in.postings()));
        }
        InputSummary changed = new InputSummary(in.files(), in.rowsRead(), in.postings(), in.duplicates(),
                in.rejected(), in.withoutRole(), in.salaryStated(), in.salaryValid(), in.salaryExcluded(),
                in.problems(), many, List.of());
        String text = render(new RolesReport(RolesReport.SCHEMA, changed, List.of()));
        assertThat(text).contains("raw skill 19").doesNotContain("raw skill 20");
        assertThat(text).endsWith("… and 5 more (the JSON output lists all)\n\nTitles without a role\nnone\n");
        assertThat(text).startsWith("Roles\nno postings matched a role\n");
    }

    @Test
    void intervalsAreWholeDollarRanges() throws IOException {
        CompareReport base = Fixtures.compare();
        String text = render(Fixtures.withA(base, new SalarySummary(545, 150_000.5, new Interval(145_999.5, 155_000.49), 0.075),
                base.a().skillSalaries(), base.a().employers()));
        assertThat(text).contains("Baseline: $150,001 (n=545, 7.5% of postings), 95% interval $146,000–$155,000\n");
    }

    private static String render(Object report) {
        return Fixtures.write(Format.TEXT, report);
    }
}
