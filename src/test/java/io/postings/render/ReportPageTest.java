package io.postings.render;

import static org.assertj.core.api.Assertions.assertThat;

import io.postings.report.CompareReport;
import io.postings.report.OverlapRank;
import io.postings.report.RoleProfile;
import java.io.IOException;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The key findings are sentences written from the report's numbers, as the articles phrase them. */
class ReportPageTest {

    @Test
    void payGapSentenceOfTheArticles() {
        assertThat(pay(Fixtures.compare())).isEqualTo(
                "Median US base salary is $150,000 for Backend Developer (n=545) versus $131,500 for DevOps Engineer "
                        + "(n=1,103), an $18,500 (14.1%) gap. The gap is statistically significant (Mann-Whitney p=0.0004).");
    }

    @Test
    void noGapWithoutBothMedians() {
        CompareReport r = Fixtures.sparse();
        assertThat(pay(r)).isEqualTo(
                "Median US base salary is $134,601 for Embedded Developer (n=4); Firmware Engineer has no valid US "
                        + "salaries (n=0), so there is no salary gap to report.");
        assertThat(ReportPage.volume(r.a(), r.b(), r.pair().volume()))
                .isEqualTo("Firmware Engineer has no postings; Embedded Developer has 12.");
        assertThat(ReportPage.entryLevel(r.a(), r.b())).isEqualTo(
                "8.3% of Embedded Developer postings are explicitly entry-level (1 of 12); Firmware Engineer has no postings.");
        assertThat(ReportPage.overlap(r.pair(), 30))
                .isEqualTo("Neither role's postings ask for any skill, so there is no skill overlap.");
        assertThat(ReportPage.premiums(r.b(), 25)).isEqualTo("Firmware Engineer: no valid US salaries, so no pay premiums.");
    }

    @Test
    void volumeEntryLevelAndOverlapWithItsRank() {
        CompareReport r = Fixtures.compare();
        assertThat(ReportPage.volume(r.a(), r.b(), r.pair().volume())).isEqualTo(
                "Backend Developer has 1.05x the postings of DevOps Engineer (7,257 versus 6,908, 349 more).");
        assertThat(ReportPage.entryLevel(r.a(), r.b())).isEqualTo(
                "2.0% of Backend Developer postings are explicitly entry-level (144 of 7,257), versus 2.0% of DevOps "
                        + "Engineer postings (139 of 6,908).");
        assertThat(ReportPage.overlap(r.pair(), 30)).isEqualTo("The two roles share 43% of their top-30 skills (18 of 42).");
        var low = r.pair().withOverlapRank(new OverlapRank(100, 21, 210, 3, 200, 0.05, 0.71));
        assertThat(ReportPage.overlap(low, 30)).isEqualTo("The two roles share 43% of their top-30 skills (18 of 42), "
                + "one of the lowest overlaps between any two roles we have compared (3rd lowest of 210 pairs of roles "
                + "with at least 100 postings).");
        var middle = r.pair().withOverlapRank(new OverlapRank(100, 21, 210, 120, 91, 0.05, 0.71));
        assertThat(ReportPage.overlap(middle, 30)).isEqualTo("The two roles share 43% of their top-30 skills (18 of 42), "
                + "a moderate overlap among the pairs of roles we have compared (91st highest of 210 pairs of roles "
                + "with at least 100 postings).");
        var top = r.pair().withOverlapRank(new OverlapRank(100, 21, 210, 210, 1, 0.05, 0.71));
        assertThat(ReportPage.overlap(top, 30)).contains("the highest overlap between any two roles we have compared");
        var two = r.pair().withOverlapRank(new OverlapRank(100, 3, 2, 2, 1, 0.05, 0.71));
        assertThat(ReportPage.overlap(two, 30)).isEqualTo("The two roles share 43% of their top-30 skills (18 of 42); "
                + "it ranks 1st highest of 2 pairs of roles with at least 100 postings.");
    }

    /**
     * docs/METRICS.md section 10: terciles of the ranked pairs, counted from the nearer end. 210 pairs: ranks
     * 1-70 from an end are that end's third; a tie group reaching into both thirds is neither end; 10 pairs:
     * the third is ranks 1-3; 2 pairs have no standing.
     */
    @ParameterizedTest(name = "{0} pairs, rank {1} from the bottom and {2} from the top: {3}")
    @CsvSource(delimiter = '|', value = {
        "210 | 141 | 70 | one of the highest overlaps between any two roles we have compared",
        "210 | 140 | 71 | a moderate overlap among the pairs of roles we have compared",
        "210 | 71 | 140 | a moderate overlap among the pairs of roles we have compared",
        "210 | 70 | 141 | one of the lowest overlaps between any two roles we have compared",
        "210 | 1 | 210 | the lowest overlap between any two roles we have compared",
        "210 | 60 | 50 | a moderate overlap among the pairs of roles we have compared",
        "10 | 7 | 3 | one of the highest overlaps between any two roles we have compared",
        "10 | 6 | 4 | a moderate overlap among the pairs of roles we have compared",
        "2 | 1 | 2 |"})
    void overlapStandingIsTheTercileOfThePair(int pairs, int rankLowest, int rankHighest, String standing) {
        int roles = pairs == 210 ? 21 : pairs == 10 ? 5 : 3;
        assertThat(Phrases.overlapStanding(new OverlapRank(100, roles, pairs, rankLowest, rankHighest, 0.0, 0.7)))
                .isEqualTo(standing);
    }

    @Test
    void premiumsCarryTheSmallSampleCaveatAndSignificance() {
        RoleProfile backend = Fixtures.compare().a();
        assertThat(ReportPage.premiums(backend, 25)).isEqualTo(
                "Top pay premiums for Backend Developer (baseline $150,000): Rust $179,500 (+$29,500, +19.7%, n=38), "
                        + "OpenAI $172,500 (+$22,500, +15.0%, n=29) and LLMs $170,000 (+$20,000, +13.3%, n=36). "
                        + "Rust, OpenAI and LLMs rest on small samples (n=29–38), so treat them as directional. "
                        + "Significant (the baseline lies outside the skill median's 95% interval): Rust and LLMs; "
                        + "not significant: OpenAI.");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"$18,500 | an", "$8,000 | an", "$11,000 | an", "$80,000 | an", "$800 | an",
        "$15,400 | a", "$118,000 | a", "$1,800 | a"})
    void articleBeforeAnAmountFollowsHowItIsRead(String amount, String article) {
        assertThat(ReportPage.article(amount)).isEqualTo(article);
    }

    @Test
    void reportHasTheArticleSectionsAndEscapesInput() throws Exception {
        String md = page(null);
        assertThat(md).containsSubsequence("# Backend Developer vs DevOps Engineer", "## Key findings", "## Skills",
                "![Skill shares of Backend Developer and DevOps Engineer](skills.svg)", "## Pay", "(pay.svg)",
                "## Openings and seniority", "(splits.svg)", "## Geography and work mode", "## Employers (top 10)",
                "## Methods", "2,080 hours per year");
        // The long tables live in the appendix, linked from the article.
        assertThat(md).doesNotContain("## Input").doesNotContain("### Backend Developer (n >= 25)")
                .contains("[appendix.md](appendix.md)");
        // The tool's own command renders as code, not as literal backticks.
        assertThat(md).contains("and `postings check report.json` recomputes it.").doesNotContain("\\`");
        // An employer name with a pipe stays inside its cell.
        assertThat(md).contains("Smith \\| Jones Consulting");
        assertThat(md).doesNotContain("Generated:");
        assertThat(page("2026-06-01T12:00:00Z")).contains("- Generated: 2026-06-01T12:00:00Z.");
    }

    @Test
    void summaryAddsOverlapHybridUsAndSeniorStaffRows() throws Exception {
        assertThat(page(null)).contains("| Top-30 skill overlap (Jaccard) | 43% (18 of 42) | 43% (18 of 42) |\n"
                + "| Hybrid share | 23% | 33% |\n"
                + "| US share | 17% | 29% |\n"
                + "| Senior + staff share | 54.0% (3,920) | 42.0% (2,901) |\n");
    }

    @Test
    void keyFindingsCoverWorkModeGeographySeniorityEmployersSkillsAndEntryRatio() throws Exception {
        assertThat(page(null))
                .contains("- Work mode: 30% of Backend Developer postings are remote and 23% hybrid, versus 23% remote and "
                        + "33% hybrid for DevOps Engineer.\n")
                .contains("- Geography: 17% of Backend Developer postings are in the United States, versus 29% of DevOps "
                        + "Engineer postings; the largest markets outside the US are India (12%) and Germany (4%) for "
                        + "Backend Developer and India (13%) and United Kingdom (5%) for DevOps Engineer.\n")
                .contains("- Seniority mix: senior and staff postings are 54.0% (3,920) of Backend Developer versus "
                        + "42.0% (2,901) of DevOps Engineer.\n")
                .contains("- Entry-level ratio: Backend Developer's entry-level share is 0.99x DevOps Engineer's "
                        + "(2.0% versus 2.0%).\n")
                .contains("- Employers: The largest Backend Developer employer is AgileEngine (519 postings, 7%); "
                        + "the largest DevOps Engineer employer is Softtest Pays Pty Ltd (101 postings, 1%); "
                        + "1 company is in both top lists: AgileEngine.\n")
                .contains("- Defining skills (in one role's top 30 and not the other's): ");
    }

    @Test
    void theAppendixHoldsEverySkillSalaryAndTheInput() throws Exception {
        StringWriter out = new StringWriter();
        ReportAppendix.render(Fixtures.compare(), out);
        assertThat(out.toString()).containsSubsequence("# Appendix: Backend Developer vs DevOps Engineer",
                "## Skill salaries", "### Backend Developer (n >= 25)", "| Rust |", "### DevOps Engineer (n >= 25)",
                "| Pulumi |", "## Input", "### Problems");
    }

    private static String pay(CompareReport r) {
        return ReportPage.pay(r.a(), r.b(), r.pair().salaryGap());
    }

    private static String page(String generatedAt) throws IOException {
        StringWriter out = new StringWriter();
        ReportPage.render(Fixtures.compare(), generatedAt, out);
        return out.toString();
    }
}
