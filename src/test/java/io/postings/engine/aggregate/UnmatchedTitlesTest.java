package io.postings.engine.aggregate;

import static org.assertj.core.api.Assertions.assertThat;

import io.postings.report.InputSummary;
import io.postings.report.Share;
import java.util.List;
import org.junit.jupiter.api.Test;

class UnmatchedTitlesTest {

    @Test
    void areCountedMostFrequentFirstThenByName() {
        InputStats stats = new InputStats();
        for (String key : List.of("barista", "account executive", "barista", "recruiter", "account executive", "barista")) {
            stats.unmatchedTitle(key);
        }

        assertThat(stats.unmatchedTitles(10)).extracting(Share::key, Share::count)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("barista", 3L),
                        org.assertj.core.groups.Tuple.tuple("account executive", 2L),
                        org.assertj.core.groups.Tuple.tuple("recruiter", 1L));
        assertThat(stats.unmatchedTitles(1)).extracting(Share::key).containsExactly("barista");
    }

    @Test
    void areInTheInputSummaryAndSurviveAMerge() {
        InputStats a = new InputStats();
        InputStats b = new InputStats();
        a.unmatchedTitle("barista");
        b.unmatchedTitle("barista");
        b.unmatchedTitle("nurse");
        a.merge(b);

        InputSummary summary = a.result(List.of("jobs.csv"), 10);

        assertThat(summary.unmatchedTitles()).extracting(Share::key, Share::count)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("barista", 2L),
                        org.assertj.core.groups.Tuple.tuple("nurse", 1L));
    }

    @Test
    void titlesSeenOnceAreDroppedWhenTooManyDistinctOnesPileUp() {
        InputStats stats = new InputStats();
        stats.unmatchedTitle("frequent");
        stats.unmatchedTitle("frequent");
        for (int i = 0; i < InputStats.MAX_UNMATCHED_TITLES + 10; i++) {
            stats.unmatchedTitle("one-off " + i);
        }
        stats.unmatchedTitle("frequent");

        List<Share> top = stats.unmatchedTitles(Integer.MAX_VALUE);
        assertThat(top).hasSizeLessThanOrEqualTo(InputStats.MAX_UNMATCHED_TITLES);
        assertThat(top.get(0).key()).isEqualTo("frequent");
        assertThat(top.get(0).count()).isEqualTo(3);
    }
}
