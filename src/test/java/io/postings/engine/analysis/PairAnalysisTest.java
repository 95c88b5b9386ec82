package io.postings.engine.analysis;

import static io.postings.engine.aggregate.Postings.posting;
import static org.assertj.core.api.Assertions.assertThat;

import io.postings.engine.aggregate.RoleAggregate;
import io.postings.normalize.Seniority;
import io.postings.report.AdjustedGap;
import io.postings.report.PairComparison;
import io.postings.report.PairSkill;
import org.apache.commons.math3.stat.inference.MannWhitneyUTest;
import org.junit.jupiter.api.Test;

class PairAnalysisTest {

    @Test
    void jaccardSharedAndExclusiveOverTopSets() {
        RoleAggregate a = new RoleAggregate("A");
        a.accept(posting("A").skills("AWS", "Java", "SQL").build());
        a.accept(posting("A").skills("AWS", "Java").build());
        RoleAggregate b = new RoleAggregate("B");
        b.accept(posting("B").skills("AWS", "Terraform").build());
        b.accept(posting("B").skills("Terraform", "SQL").build());
        b.accept(posting("B").skills("Terraform").build());

        PairComparison pair = PairAnalysis.compare(a, b, 30);

        // top(A) = {AWS, Java, SQL}; top(B) = {Terraform, AWS, SQL}: 2 shared of 4.
        assertThat(pair.jaccard()).isEqualTo(0.5);
        assertThat(pair.intersection()).isEqualTo(2);
        assertThat(pair.union()).isEqualTo(4);
        // AWS: 2/2 + 1/3; SQL: 1/2 + 1/3.
        assertThat(pair.shared()).extracting(PairSkill::skill).containsExactly("AWS", "SQL");
        assertThat(pair.shared().get(0)).isEqualTo(new PairSkill("AWS", 2, 1.0, 1, 1.0 / 3));
        assertThat(pair.exclusiveA()).extracting(PairSkill::skill).containsExactly("Java");
        assertThat(pair.exclusiveB()).extracting(PairSkill::skill).containsExactly("Terraform");
        assertThat(pair.exclusiveB().get(0).countA()).isZero();
    }

    @Test
    void topNLimitsTheSetsBeforeOverlap() {
        RoleAggregate a = new RoleAggregate("A");
        a.accept(posting("A").skills("X", "Y").build());
        a.accept(posting("A").skills("X").build());
        RoleAggregate b = new RoleAggregate("B");
        b.accept(posting("B").skills("Y", "Z").build());
        b.accept(posting("B").skills("Y").build());

        PairComparison pair = PairAnalysis.compare(a, b, 1);

        assertThat(pair.jaccard()).isZero();
        assertThat(pair.exclusiveA()).extracting(PairSkill::skill).containsExactly("X");
        assertThat(pair.exclusiveB()).extracting(PairSkill::skill).containsExactly("Y");
    }

    @Test
    void sharedOrderComparesExactSumsOfSharesThenName() {
        RoleAggregate a = new RoleAggregate("A");
        RoleAggregate b = new RoleAggregate("B");
        // A has 3 postings, B has 6: "m" = 1/3 + 2/6 and "k" = 2/3 + 0/6 are exactly equal sums (2/3).
        a.accept(posting("A").skills("m", "k", "q").build());
        a.accept(posting("A").skills("k").build());
        a.accept(posting("A").build());
        b.accept(posting("B").skills("m", "k", "q").build());
        b.accept(posting("B").skills("m").build());
        for (int i = 0; i < 4; i++) {
            b.accept(posting("B").build());
        }

        PairComparison pair = PairAnalysis.compare(a, b, 30);

        // k = 2/3 + 1/6 = 5/6, m = 1/3 + 2/6 = 4/6, q = 1/3 + 1/6 = 3/6.
        assertThat(pair.shared()).extracting(PairSkill::skill).containsExactly("k", "m", "q");
    }

    @Test
    void noSkillsMeansNoJaccard() {
        PairComparison pair = PairAnalysis.compare(new RoleAggregate("A"), new RoleAggregate("B"), 30);

        assertThat(pair.jaccard()).isNull();
        assertThat(pair.salaryGap()).isNull();
        assertThat(pair.volume().ratio()).isNull();
        assertThat(pair.volume().largerOverSmaller()).isNull();
    }

    @Test
    void salaryGapIsSignedWithPctOverTheLowerBaselineAndMannWhitneyP() {
        double[] sa = {140_000, 150_000, 160_000};
        double[] sb = {120_000, 134_600, 140_000, 150_000};

        var gap = PairAnalysis.salaryGap(sa, sb);

        assertThat(gap.usd()).isEqualTo(150_000 - 137_300.0);
        assertThat(gap.pct()).isEqualTo(12_700 / 137_300.0);
        assertThat(gap.pValue()).isEqualTo(new MannWhitneyUTest().mannWhitneyUTest(sa, sb));
        assertThat(PairAnalysis.salaryGap(sb, sa).usd()).isEqualTo(-12_700.0);
        assertThat(PairAnalysis.salaryGap(sb, sa).pct()).isEqualTo(12_700 / 137_300.0);
    }

    @Test
    void volumeRatioLargerOverSmallerAndDifference() {
        var v = PairAnalysis.volume(2_589, 7_257);

        assertThat(v.ratio()).isEqualTo(2_589 / 7_257.0);
        assertThat(v.largerOverSmaller()).isEqualTo(7_257 / 2_589.0);
        assertThat(v.difference()).isEqualTo(-4_668);
    }

    @Test
    void seniorityAdjustedGapComparesWithinLevelsWeightedByThePooledMix() {
        // Same pay at each level, different mix: the raw gap is all mix, the adjusted gap is zero.
        RoleAggregate a = new RoleAggregate("A");
        RoleAggregate b = new RoleAggregate("B");
        for (int i = 0; i < 3; i++) {
            a.accept(posting("A").level(Seniority.SENIOR).salary(200_000).build());
            b.accept(posting("B").level(Seniority.ENTRY).salary(100_000).build());
        }
        a.accept(posting("A").level(Seniority.ENTRY).salary(100_000).build());
        b.accept(posting("B").level(Seniority.SENIOR).salary(200_000).build());
        // A staff salary only in A and an unknown level are left out.
        a.accept(posting("A").level(Seniority.STAFF).salary(300_000).build());
        b.accept(posting("B").salary(50_000).build());

        PairComparison pair = PairAnalysis.compare(a, b, 30);

        assertThat(pair.salaryGap().usd()).isEqualTo(100_000);
        AdjustedGap gap = pair.seniorityAdjustedGap();
        assertThat(gap.levels()).containsExactly("entry", "senior");
        assertThat(gap.n()).isEqualTo(8);
        assertThat(gap.standardizedA()).isEqualTo(150_000);
        assertThat(gap.standardizedB()).isEqualTo(150_000);
        assertThat(gap.usd()).isZero();
        assertThat(gap.pct()).isZero();
    }

    @Test
    void seniorityAdjustedGapWeighsLevelsByBothRolesCounts() {
        RoleAggregate a = paid("A", Seniority.MID, 120_000, Seniority.STAFF, 250_000);
        RoleAggregate b = paid("B", Seniority.MID, 110_000, Seniority.MID, 110_000, Seniority.STAFF, 230_000);

        AdjustedGap gap = PairAnalysis.compare(a, b, 30).seniorityAdjustedGap();

        // Weights: mid 3, staff 2. A* = (3*120,000 + 2*250,000) / 5; B* = (3*110,000 + 2*230,000) / 5.
        assertThat(gap.standardizedA()).isEqualTo(172_000);
        assertThat(gap.standardizedB()).isEqualTo(158_000);
        assertThat(gap.usd()).isEqualTo(14_000);
        assertThat(gap.pct()).isEqualTo(14_000.0 / 158_000);
    }

    @Test
    void noSeniorityAdjustedGapWithoutACommonLevel() {
        RoleAggregate a = paid("A", Seniority.MID, 120_000);
        RoleAggregate b = paid("B", Seniority.STAFF, 110_000);
        assertThat(PairAnalysis.compare(a, b, 30).seniorityAdjustedGap()).isNull();
    }

    /** A role with one posting per (level, salary) pair, in order. */
    private static RoleAggregate paid(String role, Object... levelsAndSalaries) {
        RoleAggregate aggregate = new RoleAggregate(role);
        for (int i = 0; i < levelsAndSalaries.length; i += 2) {
            Seniority level = (Seniority) levelsAndSalaries[i];
            int salary = (Integer) levelsAndSalaries[i + 1];
            aggregate.accept(posting(role).level(level).salary(salary).build());
        }
        return aggregate;
    }
}
