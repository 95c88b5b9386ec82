package io.postings.engine.aggregate;

import static io.postings.engine.aggregate.Postings.posting;
import static org.assertj.core.api.Assertions.assertThat;

import io.postings.normalize.Posting;
import io.postings.normalize.Seniority;
import io.postings.normalize.WorkMode;
import io.postings.report.Selection;
import java.util.List;
import org.junit.jupiter.api.Test;

class PostingFilterTest {
    private static PostingFilter filter(String since, String until, List<String> countries, List<String> levels,
            List<String> modes, List<String> companies) {
        return new PostingFilter(SelectionParser.parse(new SelectionParser.Typed(since, until, null, null, countries,
                levels, modes, companies)));
    }

    private static String reason(PostingFilter f, Posting p) {
        int r = f.reason(p);
        return r == PostingFilter.KEPT ? "kept" : PostingFilter.REASONS[r];
    }

    @Test
    void noSelectionKeepsEveryPostingEvenWithoutADate() {
        assertThat(PostingFilter.NONE.reason(posting("A").build())).isEqualTo(PostingFilter.KEPT);
        assertThat(PostingFilter.NONE.reason(posting("A").country(null).posted("1999-01-01").build()))
                .isEqualTo(PostingFilter.KEPT);
    }

    @Test
    void theWindowIncludesBothEndDaysAndLeavesOutUndatedPostings() {
        PostingFilter f = filter("2026-05-01", "2026-05-31", null, null, null, null);
        assertThat(reason(f, posting("A").posted("2026-04-30").build())).isEqualTo("outside_window");
        assertThat(reason(f, posting("A").posted("2026-05-01").build())).isEqualTo("kept");
        assertThat(reason(f, posting("A").posted("2026-05-31").build())).isEqualTo("kept");
        assertThat(reason(f, posting("A").posted("2026-06-01").build())).isEqualTo("outside_window");
        assertThat(reason(f, posting("A").build())).isEqualTo("no_date");
    }

    @Test
    void anOpenEndedWindowBoundsOneSide() {
        PostingFilter f = filter("2026-05-01", null, null, null, null, null);
        assertThat(reason(f, posting("A").posted("2030-01-01").build())).isEqualTo("kept");
        assertThat(reason(f, posting("A").posted("2026-04-30").build())).isEqualTo("outside_window");
    }

    @Test
    void filtersAreCheckedInOrderAndTheFirstReasonCounts() {
        PostingFilter f = filter("2026-05-01", "2026-05-31", List.of("us", "Germany"), List.of("senior", "Staff"),
                List.of("remote"), List.of("  acme  corp "));
        Posting good = posting("A").posted("2026-05-10").country("DE").level(Seniority.STAFF).mode(WorkMode.REMOTE)
                .company("ACME Corp").build();
        assertThat(reason(f, good)).isEqualTo("kept");
        assertThat(reason(f, posting("A").posted("2026-06-10").country("GB").build())).isEqualTo("outside_window");
        assertThat(reason(f, posting("A").posted("2026-05-10").country("GB").level(Seniority.MID).build()))
                .isEqualTo("country");
        assertThat(reason(f, posting("A").posted("2026-05-10").country(null).build())).isEqualTo("country");
        assertThat(reason(f, posting("A").posted("2026-05-10").level(Seniority.MID).build())).isEqualTo("seniority");
        assertThat(reason(f, posting("A").posted("2026-05-10").level(Seniority.SENIOR).mode(WorkMode.HYBRID).build()))
                .isEqualTo("work_mode");
        assertThat(reason(f, posting("A").posted("2026-05-10").level(Seniority.SENIOR).mode(WorkMode.REMOTE)
                .company("Acme").build())).isEqualTo("company");
    }

    @Test
    void theSelectionKeepsWhatWasAskedForInCanonicalForm() {
        Selection s = SelectionParser.parse(new SelectionParser.Typed(null, null, "6/30/2026", 30,
                List.of("usa", "US", "de"), List.of("SENIOR"), List.of("On-site"), List.of("Acme", "acme")));
        assertThat(s.window()).isEqualTo(new Selection.Window("2026-06-01", "2026-06-30", "2026-06-30", 30));
        assertThat(s.countries()).containsExactly("US", "DE");
        assertThat(s.seniority()).containsExactly("senior");
        assertThat(s.workModes()).containsExactly("onsite");
        assertThat(s.companies()).containsExactly("Acme");
        assertThat(SelectionParser.parse(new SelectionParser.Typed(null, null, "2026-06-30", null, null, null, null,
                null)).window().since()).as("90 days by default").isEqualTo("2026-04-02");
    }
}
