package io.postings.beam;

import io.postings.engine.aggregate.InputStats;
import io.postings.input.ProblemKind;
import io.postings.normalize.NormalizeListener;
import java.util.ArrayList;
import java.util.List;

/**
 * What the normalizer said about one row, held until the de-dup has decided the row is a
 * posting (a duplicate's problems are not counted, as in the CLI, which de-dups first) and
 * then counted at the row's position.
 */
final class RowLog implements NormalizeListener {
    /** A row the normalizer had nothing to say about (most rows): one shared, never added to. */
    static final RowLog NONE = new RowLog();

    /** A problem as heard: kind, where, detail. */
    record Heard(ProblemKind kind, String where, String detail) {
    }

    /** The problems heard; one per kind, as the CLI counts a problem once per row. */
    final List<Heard> problems = new ArrayList<>(0);
    final List<String> unmappedSkills = new ArrayList<>(0);
    final List<String> unmatchedTitles = new ArrayList<>(0);

    boolean isEmpty() {
        return problems.isEmpty() && unmappedSkills.isEmpty() && unmatchedTitles.isEmpty();
    }

    @Override
    public void problem(ProblemKind kind, String where, String detail) {
        for (Heard p : problems) {
            if (p.kind() == kind) {
                return;
            }
        }
        problems.add(new Heard(kind, where, detail));
    }

    @Override
    public void unmappedSkill(String name) {
        unmappedSkills.add(name);
    }

    @Override
    public void unmatchedTitle(String key) {
        unmatchedTitles.add(key);
    }

    void countInto(InputStats stats, long position) {
        for (Heard p : problems) {
            stats.problemAt(position, p.kind(), p.where(), p.detail());
        }
        unmappedSkills.forEach(stats::unmappedSkill);
        unmatchedTitles.forEach(stats::unmatchedTitle);
    }
}
