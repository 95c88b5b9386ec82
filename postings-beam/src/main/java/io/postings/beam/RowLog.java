package io.postings.beam;

import io.postings.engine.aggregate.InputStats;
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

    /** Problems as kind, where, detail; one per kind, as the CLI counts a problem once per row. */
    final List<String[]> problems = new ArrayList<>(0);
    final List<String> unmappedSkills = new ArrayList<>(0);
    final List<String> unmatchedTitles = new ArrayList<>(0);

    boolean isEmpty() {
        return problems.isEmpty() && unmappedSkills.isEmpty() && unmatchedTitles.isEmpty();
    }

    @Override
    public void problem(String kind, String where, String detail) {
        for (String[] p : problems) {
            if (p[0].equals(kind)) {
                return;
            }
        }
        problems.add(new String[] {kind, where, detail});
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
        for (String[] p : problems) {
            stats.problemAt(position, p[0], p[1], p[2]);
        }
        unmappedSkills.forEach(stats::unmappedSkill);
        unmatchedTitles.forEach(stats::unmatchedTitle);
    }
}
