package io.postings.beam;

import static org.assertj.core.api.Assertions.assertThat;

import io.postings.engine.pass.Deduplicator;
import io.postings.engine.pass.NormalizeEvents;
import io.postings.normalize.Posting;
import io.postings.normalize.SalaryStatus;
import io.postings.normalize.Seniority;
import io.postings.normalize.WorkMode;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * The pipeline's de-dup in two keyed stages (first read per id, then per content) against the
 * one pass's sequential {@link Deduplicator}: for any rows, split among workers in any way and
 * merged in any order, the same rows are postings and the rest are counted as duplicates.
 */
class DedupeStagesTest {
    private static final Posting POSTING = new Posting("x", "Backend Engineer", "Backend Developer", "Acme", "US",
            WorkMode.REMOTE, Seniority.SENIOR, SalaryStatus.NONE, 0, Set.of(), "NYC", "2026-05-01");

    /** A row: its id (null for none) and its content, from small sets so that both repeat. */
    record Row(String id, int content) {
    }

    @Provide
    Arbitrary<List<Row>> rows() {
        Arbitrary<String> ids = Arbitraries.of("a", "b", "c", "d", "e").injectNull(0.3);
        return Combinators.combine(ids, Arbitraries.integers().between(0, 4)).as(Row::new).list().ofMaxSize(40);
    }

    @Property
    void contentStagesKeepTheRowsTheOnePassKeeps(@ForAll("rows") List<Row> rows, @ForAll long seed) {
        assertTwoStagesAgree(rows, seed, true);
    }

    @Property
    void theIdStageKeepsTheRowsTheOnePassKeeps(@ForAll("rows") List<Row> rows, @ForAll long seed) {
        assertTwoStagesAgree(rows, seed, false);
    }

    private static void assertTwoStagesAgree(List<Row> rows, long seed, boolean content) {
        Deduplicator onePass = new Deduplicator(content ? Deduplicator.Mode.CONTENT : Deduplicator.Mode.ID);
        Set<Long> expected = new TreeSet<>();
        for (int i = 0; i < rows.size(); i++) {
            Row r = rows.get(i);
            if (!onePass.isDuplicate(r.id(), Deduplicator.contentKey(company(r), "", "", ""))) {
                expected.add((long) i);
            }
        }

        // Workers see the rows in some order; partial results merge in some other.
        Random random = new Random(seed);
        List<Candidate> candidates = new ArrayList<>();
        for (int i = 0; i < rows.size(); i++) {
            Row r = rows.get(i);
            long key = content ? Deduplicator.contentKey(company(r), "", "", "") : 0;
            candidates.add(Candidate.of(i, "f.csv", i + 2, r.id(), POSTING, new NormalizeEvents(), key));
        }
        Collections.shuffle(candidates, random);
        List<Survivor> survivors = new ArrayList<>();
        FirstReadFn byId = new FirstReadFn();
        List<Map<String, Survivor>> parts = new ArrayList<>();
        for (Candidate c : candidates) {
            if (c.id() == null) {
                survivors.add(Survivor.of(c));
            } else {
                if (parts.isEmpty() || random.nextInt(3) == 0) {
                    parts.add(byId.createAccumulator());
                }
                byId.addInput(parts.get(random.nextInt(parts.size())), c);
            }
        }
        Collections.shuffle(parts, random);
        survivors.addAll(byId.mergeAccumulators(parts).values());
        if (content) {
            Collections.shuffle(survivors, random);
            FirstByContentFn byContent = new FirstByContentFn();
            List<Map<String, Survivor>> contentParts = new ArrayList<>();
            for (Survivor s : survivors) {
                if (contentParts.isEmpty() || random.nextInt(3) == 0) {
                    contentParts.add(byContent.createAccumulator());
                }
                byContent.addInput(contentParts.get(random.nextInt(contentParts.size())), s);
            }
            Collections.shuffle(contentParts, random);
            survivors = new ArrayList<>(byContent.mergeAccumulators(contentParts).values());
        }

        Set<Long> kept = new TreeSet<>();
        long duplicates = 0;
        for (Survivor s : survivors) {
            kept.add(s.first.position());
            duplicates += s.duplicates;
            assertThat(s.shown).hasSizeLessThanOrEqualTo(Survivor.SHOWN);
        }
        assertThat(kept).isEqualTo(expected);
        assertThat(duplicates).isEqualTo(rows.size() - expected.size());
    }

    private static String company(Row r) {
        return "company " + r.content();
    }
}
