package io.postings.engine.analysis;

import static io.postings.engine.aggregate.Postings.posting;
import static org.assertj.core.api.Assertions.assertThat;

import io.postings.engine.aggregate.Aggregation;
import io.postings.report.MatrixReport;
import io.postings.report.OverlapRank;
import io.postings.report.Parameters;
import io.postings.report.RoleCount;
import io.postings.report.RolePair;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class MatrixTest {
    private static final Parameters PARAMS = new Parameters(30, 25, 10, 2080, false, "id", 2, Map.of(), null, null, null);

    /** A {X, Y}, B {X, Z}, C {X, Y}, D {Q}, and E with one posting (below min postings 2). */
    private static Aggregation corpus() {
        Aggregation agg = new Aggregation();
        for (int i = 0; i < 2; i++) {
            agg.accept(posting("A").skills("X", "Y").build());
            agg.accept(posting("B").skills("X", "Z").build());
            agg.accept(posting("C").skills("X", "Y").build());
            agg.accept(posting("D").skills("Q").build());
        }
        agg.accept(posting("C").build());
        agg.accept(posting("E").skills("X").build());
        return agg;
    }

    @Test
    void everyPairOrderedByExactJaccardWithSharedRanks() {
        MatrixReport report = Matrix.matrix(corpus(), null, PARAMS, List.of("f.csv"), null);

        assertThat(report.roles()).extracting(RoleCount::role).containsExactly("C", "A", "B", "D");
        assertThat(report.excluded()).containsExactly(new RoleCount("E", 1));
        assertThat(report.requested()).isNull();
        // A-C 2/2; A-B and B-C 1/3; A-D, B-D, C-D 0/3.
        assertThat(report.pairs()).containsExactly(
                new RolePair("A", "C", 1.0, 2, 2, 1),
                new RolePair("A", "B", 1.0 / 3, 1, 3, 2),
                new RolePair("B", "C", 1.0 / 3, 1, 3, 2),
                new RolePair("A", "D", 0.0, 0, 3, 4),
                new RolePair("B", "D", 0.0, 0, 3, 4),
                new RolePair("C", "D", 0.0, 0, 3, 4));
    }

    @Test
    void pairsAreThePairAnalysisJaccard() {
        Aggregation agg = corpus();
        for (RolePair p : Matrix.matrix(agg, null, PARAMS, List.of(), null).pairs()) {
            var pair = PairAnalysis.compare(agg.role(p.a()), agg.role(p.b()), PARAMS.top());
            assertThat(p.jaccard()).isEqualTo(pair.jaccard());
            assertThat(p.intersection()).isEqualTo(pair.intersection());
            assertThat(p.union()).isEqualTo(pair.union());
        }
    }

    @Test
    void requestedRolesKeepTheirOrderOfPostingsAndListTheTooSmall() {
        MatrixReport report = Matrix.matrix(corpus(), List.of("E", "B", "A", "Nobody"), PARAMS, List.of(), null);
        assertThat(report.roles()).extracting(RoleCount::role).containsExactly("A", "B");
        assertThat(report.excluded()).containsExactly(new RoleCount("E", 1), new RoleCount("Nobody", 0));
        assertThat(report.pairs()).hasSize(1);
        assertThat(report.requested()).containsExactly("E", "B", "A", "Nobody");
    }

    @Test
    void rankCountsStrictlyLowerAndHigherPairs() {
        Aggregation agg = corpus();
        assertThat(Matrix.rank(agg, "C", "A", 30, 2)).isEqualTo(new OverlapRank(2, 4, 6, 6, 1, 0.0, 1.0));
        assertThat(Matrix.rank(agg, "B", "C", 30, 2)).isEqualTo(new OverlapRank(2, 4, 6, 4, 2, 0.0, 1.0));
        assertThat(Matrix.rank(agg, "D", "A", 30, 2)).isEqualTo(new OverlapRank(2, 4, 6, 1, 4, 0.0, 1.0));
        // E has too few postings; a role with itself is not a pair.
        assertThat(Matrix.rank(agg, "A", "E", 30, 2).rankLowest()).isNull();
        assertThat(Matrix.rank(agg, "A", "A", 30, 2).rankHighest()).isNull();
        assertThat(Matrix.rank(agg, "A", "B", 30, 100)).isEqualTo(new OverlapRank(100, 0, 0, null, null, null, null));
    }

    @Test
    void compareCarriesTheRank() {
        var report = Reports.compare(corpus(), "A", "B", PARAMS, List.of());
        assertThat(report.pair().overlapRank()).isEqualTo(Matrix.rank(corpus(), "A", "B", 30, 2));
    }
}
