package io.postings.beam;

import io.postings.engine.pass.NormalizeEvents;
import io.postings.input.ProblemKind;
import io.postings.normalize.NormalizeListener;
import java.util.ArrayList;

import static org.assertj.core.api.Assertions.assertThat;

import io.postings.engine.aggregate.InputStats;
import io.postings.engine.aggregate.RoleAggregate;
import io.postings.normalize.Posting;
import io.postings.normalize.SalaryStatus;
import io.postings.normalize.Seniority;
import io.postings.normalize.WorkMode;
import io.postings.report.Parameters;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.beam.sdk.util.CoderUtils;
import org.junit.jupiter.api.Test;

/** What crosses a shuffle comes back as it went: the runner may encode anything it moves. */
class CodecsTest {
    private static final Posting POSTING = new Posting("id-1", "Backend Engineer", "Backend Developer", "Acme",
            "US", WorkMode.REMOTE, Seniority.SENIOR, SalaryStatus.VALID, 150_000, Set.of("Go", "AWS"), "NYC", "2026-05-01");

    @Test
    void aCandidateKeepsWhatTheAggregatesAndTheAccountingRead() throws Exception {
        NormalizeEvents log = new NormalizeEvents();
        log.problem(ProblemKind.UNKNOWN_COUNTRY, "a.csv:3", "Mars");
        log.unmappedSkill("cobol-ish");
        log.unmatchedTitle("barista");
        Candidate row = Candidate.of(7L << 40 | 3, "a.csv", 3, "id-1", POSTING, log);

        Candidate back = CoderUtils.clone(Codecs.CANDIDATE, row);

        assertThat(back.position()).isEqualTo(row.position());
        assertThat(back.where()).isEqualTo("a.csv:3");
        assertThat(back.id()).isEqualTo("id-1");
        assertThat(back.posting()).isEqualTo(row.posting());
        assertThat(back.posting().skills()).containsExactlyInAnyOrder("Go", "AWS");
        assertThat(back.posting().postedAt()).isEqualTo("2026-05-01");
        List<String> heard = new ArrayList<>();
        back.log().replay(new NormalizeListener() {
            @Override
            public void problem(ProblemKind kind, String where, String detail) {
                heard.add(kind + " " + where + " " + detail);
            }

            @Override
            public void unmappedSkill(String name) {
                heard.add("skill " + name);
            }

            @Override
            public void unmatchedTitle(String key) {
                heard.add("title " + key);
            }
        });
        assertThat(heard).containsExactly("unknown_country a.csv:3 Mars", "skill cobol-ish", "title barista");
    }

    @Test
    void aShardKeepsEachIdsFirstReadAndItsDuplicates() throws Exception {
        Survivor s = new Survivor();
        for (int i = 9; i >= 0; i--) {
            s.add(Candidate.of(i, "f.csv", i + 2, "x", POSTING, new NormalizeEvents()));
        }
        Map<String, Survivor> shard = new HashMap<>(Map.of("x", s));

        Survivor back = CoderUtils.clone(Codecs.SHARD, shard).get("x");

        assertThat(back.first.position()).isZero();
        assertThat(back.duplicates).isEqualTo(9);
        assertThat(back.shown).extracting(Survivor.Later::position).containsExactly(1L, 2L, 3L, 4L, 5L);
    }

    @Test
    void aRoleAggregateAndTheAccountingKeepTheirNumbers() throws Exception {
        RoleAggregate role = RoleAggregate.unnamed();
        role.accept(POSTING);
        InputStats stats = new InputStats(3L << 40);
        stats.rowRead();
        stats.posting(true, SalaryStatus.VALID);
        stats.problem(ProblemKind.UNKNOWN_COUNTRY, "a.csv:2", "Mars");
        Parameters params = new Parameters(30, 1, 10, 2080, false, "id");

        assertThat(CoderUtils.clone(Codecs.ROLE, role).result(params)).isEqualTo(role.result(params));
        assertThat(CoderUtils.clone(Codecs.STATS, stats).result(List.of("a.csv"), 10))
                .isEqualTo(stats.result(List.of("a.csv"), 10));
    }

    @Test
    void aPostingKeepsItsPayInALocalCurrency() throws Exception {
        Posting local = new Posting("id-2", "Backend Engineer", "Backend Developer", "Acme", "DE", WorkMode.HYBRID,
                Seniority.MID, SalaryStatus.NOT_US, Double.NaN, Set.of("Go"), "Berlin", null, null, "EUR", 65_000);
        Candidate row = Candidate.of(1, "a.csv", 2, "id-2", local, new NormalizeEvents());

        Posting back = CoderUtils.clone(Codecs.CANDIDATE, row).posting();

        assertThat(back.localCurrency()).isEqualTo("EUR");
        assertThat(back.localSalary()).isEqualTo(65_000);
        assertThat(back).isEqualTo(row.posting());
    }
}
