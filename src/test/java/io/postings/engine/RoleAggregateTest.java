package io.postings.engine;

import static io.postings.engine.Postings.posting;
import static org.assertj.core.api.Assertions.assertThat;

import io.postings.normalize.Seniority;
import io.postings.normalize.WorkMode;
import io.postings.report.Parameters;
import io.postings.report.RoleProfile;
import io.postings.report.Share;
import io.postings.report.SkillSalary;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class RoleAggregateTest {
    private static final Parameters DEFAULTS = new Parameters(30, 25, 10, 2080, false, "id");

    @Test
    void sharesHaveAllPostingsAsDenominatorAndUnknownInItsOwnBucket() {
        RoleAggregate agg = new RoleAggregate("Backend Developer");
        agg.accept(posting("Backend Developer").level(Seniority.ENTRY).mode(WorkMode.REMOTE).skills("AWS", "Java").build());
        agg.accept(posting("Backend Developer").level(Seniority.SENIOR).mode(WorkMode.REMOTE).skills("AWS").build());
        agg.accept(posting("Backend Developer").level(Seniority.SENIOR).mode(WorkMode.HYBRID).build());
        agg.accept(posting("Backend Developer").build());

        RoleProfile p = agg.result(DEFAULTS);

        assertThat(p.postings()).isEqualTo(4);
        assertThat(p.topSkill()).isEqualTo(Share.of("AWS", 2, 4));
        assertThat(p.topSkill().share()).isEqualTo(0.5);
        assertThat(p.seniority()).extracting(Share::key, Share::count)
                .containsExactly(tuple("entry", 1L), tuple("mid", 0L), tuple("senior", 2L), tuple("staff", 0L), tuple("unknown", 1L));
        assertThat(p.entryLevelShare()).isEqualTo(0.25);
        assertThat(p.workMode()).extracting(Share::key, Share::count)
                .containsExactly(tuple("remote", 2L), tuple("hybrid", 1L), tuple("onsite", 0L), tuple("unknown", 1L));
        assertThat(p.remoteShare()).isEqualTo(0.5);
        assertThat(p.skillCount()).isEqualTo(2);
    }

    @Test
    void topSkillsBreakTiesAtTheCutByLowerCasedName() {
        RoleAggregate agg = new RoleAggregate("R");
        // 29 skills asked twice, then four skills asked once: only the alphabetically first of those makes rank 30.
        List<String> common = new ArrayList<>();
        for (int i = 0; i < 29; i++) {
            common.add(String.format("S%02d", i));
        }
        agg.accept(posting("R").skills(common.toArray(String[]::new)).build());
        agg.accept(posting("R").skills(common.toArray(String[]::new)).build());
        agg.accept(posting("R").skills("zeta", "Beta", "alpha", "Gamma").build());

        List<Share> top = agg.result(DEFAULTS).topSkills();

        assertThat(top).hasSize(30);
        assertThat(top.get(29).key()).isEqualTo("alpha");
        assertThat(agg.rankedSkills().subList(29, 33)).extracting(Share::key).containsExactly("alpha", "Beta", "Gamma", "zeta");
    }

    @Test
    void aRoleWithFewerThanNSkillsListsThemAll() {
        RoleAggregate agg = new RoleAggregate("R");
        agg.accept(posting("R").skills("Go", "C").build());
        agg.accept(posting("R").skills("C").build());

        assertThat(agg.result(DEFAULTS).topSkills()).extracting(Share::key, Share::count)
                .containsExactly(tuple("C", 2L), tuple("Go", 1L));
    }

    @Test
    void evenNumberOfSalariesGivesTheMeanOfTheMiddleTwo() {
        RoleAggregate agg = new RoleAggregate("R");
        for (double s : new double[] {120_000, 100_000, 151_000, 150_000}) {
            agg.accept(posting("R").salary(s).build());
        }
        agg.accept(posting("R").build());

        RoleProfile p = agg.result(DEFAULTS);

        assertThat(p.salary().n()).isEqualTo(4);
        assertThat(p.salary().median()).isEqualTo(135_000.0);
        assertThat(p.salary().interval()).isNull();
        assertThat(p.salary().coverage()).isEqualTo(0.8);
    }

    @Test
    void aRoleWithNoSalariesHasNoMedianAndNoSkillSalaries() {
        RoleAggregate agg = new RoleAggregate("R");
        agg.accept(posting("R").skills("AWS").build());

        RoleProfile p = agg.result(DEFAULTS);

        assertThat(p.salary().n()).isZero();
        assertThat(p.salary().median()).isNull();
        assertThat(p.salary().interval()).isNull();
        assertThat(p.salary().coverage()).isZero();
        assertThat(p.skillSalaries()).isEmpty();
    }

    @Test
    void anEmptyRoleHasZeroSharesNotNaN() {
        RoleProfile p = new RoleAggregate("R").result(DEFAULTS);

        assertThat(p.postings()).isZero();
        assertThat(p.topSkill()).isNull();
        assertThat(p.entryLevelShare()).isZero();
        assertThat(p.unknownCountry().share()).isZero();
    }

    @Test
    void skillSalariesNeedMinNAndAreOrderedByMedianThenNThenName() {
        RoleAggregate agg = new RoleAggregate("R");
        for (int i = 0; i < 60; i++) {
            agg.accept(posting("R").salary(100_000 + i * 1000).skills("Java").build());
        }
        for (int i = 0; i < 30; i++) {
            agg.accept(posting("R").salary(200_000 + i * 1000).skills("Rust", "Go").build());
        }
        for (int i = 0; i < 24; i++) {
            agg.accept(posting("R").salary(300_000).skills("Cobol").build());
        }

        RoleProfile p = agg.result(DEFAULTS);
        List<SkillSalary> lines = p.skillSalaries();

        assertThat(lines).extracting(SkillSalary::skill).containsExactly("Go", "Rust", "Java");
        SkillSalary go = lines.get(0);
        assertThat(go.n()).isEqualTo(30);
        assertThat(go.median()).isEqualTo(214_500.0);
        double baseline = p.salary().median();
        assertThat(go.premium()).isEqualTo(214_500.0 - baseline);
        assertThat(go.premiumPct()).isEqualTo((214_500.0 - baseline) / baseline);
        assertThat(go.smallSample()).isTrue();
        assertThat(go.significant()).isTrue();
        SkillSalary java = lines.get(2);
        assertThat(java.smallSample()).isFalse();
        assertThat(java.n()).isEqualTo(60);
    }

    @Test
    void countriesRankByCountThenCodeWithUnknownApart() {
        RoleAggregate agg = new RoleAggregate("R");
        for (String c : new String[] {"US", "IN", "DE", "IN", "US", null, null, null}) {
            agg.accept(posting("R").country(c).build());
        }

        RoleProfile p = agg.result(new Parameters(30, 25, 2, 2080, false, "id"));

        assertThat(p.countries()).extracting(Share::key, Share::count).containsExactly(tuple("IN", 2L), tuple("US", 2L));
        assertThat(p.unknownCountry().count()).isEqualTo(3);
        assertThat(p.unknownCountry().share()).isEqualTo(3.0 / 8);
    }

    @Test
    void employersGroupCaseInsensitivelyShowTheMostFrequentSpellingAndSkipMissing() {
        RoleAggregate agg = new RoleAggregate("R");
        for (String c : new String[] {"AgileEngine", "agileengine", "AgileEngine", "Acme  Corp", "ACME CORP", "Zed", null}) {
            agg.accept(posting("R").company(c).build());
        }

        List<Share> employers = agg.result(DEFAULTS).employers();

        // Acme: two spellings once each; the ordinal-first spelling ("ACME CORP") shows.
        assertThat(employers).extracting(Share::key, Share::count)
                .containsExactly(tuple("AgileEngine", 3L), tuple("ACME CORP", 2L), tuple("Zed", 1L));
    }

    private static org.assertj.core.groups.Tuple tuple(Object... values) {
        return org.assertj.core.groups.Tuple.tuple(values);
    }

    @Test
    void payBySeniorityHasEveryLevelWithItsMedianNAndSmallSampleFlag() {
        RoleAggregate agg = new RoleAggregate("R");
        agg.accept(posting("R").level(Seniority.ENTRY).salary(90_000).build());
        agg.accept(posting("R").level(Seniority.ENTRY).salary(100_000).build());
        agg.accept(posting("R").level(Seniority.ENTRY).build());
        agg.accept(posting("R").level(Seniority.SENIOR).salary(170_000).build());
        for (int i = 0; i < 50; i++) {
            agg.accept(posting("R").level(Seniority.STAFF).salary(200_000 + i).build());
        }
        agg.accept(posting("R").salary(10_000_000).build());

        RoleProfile p = agg.result(DEFAULTS);

        assertThat(p.salaryBySeniority()).containsExactly(
                new io.postings.report.LevelSalary("entry", 2, 95_000.0, true),
                new io.postings.report.LevelSalary("mid", 0, null, true),
                new io.postings.report.LevelSalary("senior", 1, 170_000.0, true),
                new io.postings.report.LevelSalary("staff", 50, 200_024.5, false));
        // The distribution covers all 54 salaries, the unknown level's included: ranks 6 and 49.
        assertThat(p.salary().distribution().p10()).isEqualTo(200_002);
        assertThat(p.salary().distribution().p90()).isEqualTo(200_045);
    }

    @Test
    void payByCountryIsPerCountryAndCurrencyByNThenCountryThenCurrency() {
        RoleAggregate agg = new RoleAggregate("R");
        agg.accept(posting("R").country("DE").local("EUR", 60_000).build());
        agg.accept(posting("R").country("DE").local("EUR", 70_000).build());
        agg.accept(posting("R").country("GB").local("GBP", 55_000).build());
        agg.accept(posting("R").country("GB").local("USD", 90_000).build());
        agg.accept(posting("R").country("AT").local("EUR", 58_000).build());
        agg.accept(posting("R").country("DE").build());

        RoleProfile p = agg.result(new Parameters(30, 25, 3, 2080, false, "id"));

        assertThat(p.salaryByCountry()).containsExactly(
                new io.postings.report.LocalSalary("DE", "EUR", 2, 65_000, true),
                new io.postings.report.LocalSalary("AT", "EUR", 1, 58_000, true),
                new io.postings.report.LocalSalary("GB", "GBP", 1, 55_000, true));
        assertThat(p.salary().n()).isZero();
    }
}
