package io.postings.engine.aggregate;

import static org.assertj.core.api.Assertions.assertThat;

import io.postings.input.ProblemKind;
import io.postings.report.Problem;
import java.util.List;
import org.junit.jupiter.api.Test;

class InputStatsTest {

    private static Problem only(InputStats stats) {
        List<Problem> problems = stats.result(List.of("x"), 10).problems();
        assertThat(problems).hasSize(1);
        return problems.get(0);
    }

    @Test
    void aProblemIsCountedOncePerRow() {
        InputStats stats = new InputStats();
        stats.rowRead();
        stats.problem(ProblemKind.UNPARSEABLE_SALARY, "a.csv:2", "abc");
        stats.problem(ProblemKind.UNPARSEABLE_SALARY, "a.csv:2", "abc - def");

        assertThat(only(stats).count()).isEqualTo(1);
    }

    @Test
    void recordsSharingALineAreStillCountedApart() {
        // A one-line JSON array holds every record on line 1.
        InputStats stats = new InputStats();
        for (int i = 0; i < 3; i++) {
            stats.rowRead();
            stats.problem(ProblemKind.UNKNOWN_COUNTRY, "remoteok.json:1", "Worldwide");
        }

        assertThat(only(stats).count()).isEqualTo(3);
        assertThat(only(stats).examples()).hasSize(3);
    }
}
