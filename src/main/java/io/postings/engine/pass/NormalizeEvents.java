package io.postings.engine.pass;

import io.postings.input.ProblemKind;
import io.postings.normalize.NormalizeListener;
import java.util.ArrayList;
import java.util.List;

/**
 * What a normalizer said about one record, kept to be told later, in the same order, to the
 * listener that counts it: the reading thread normalizes ahead of the pass, and only the pass
 * knows whether the record counts. Most records say nothing and cost no list.
 */
final class NormalizeEvents implements NormalizeListener {
    private static final int PROBLEM = 0;
    private static final int UNMAPPED_SKILL = 1;
    private static final int UNMATCHED_TITLE = 2;

    private record Event(int type, Object a, String b, String c) {
    }

    private List<Event> events;

    @Override
    public void problem(ProblemKind kind, String where, String detail) {
        add(new Event(PROBLEM, kind, where, detail));
    }

    @Override
    public void unmappedSkill(String name) {
        add(new Event(UNMAPPED_SKILL, name, null, null));
    }

    @Override
    public void unmatchedTitle(String key) {
        add(new Event(UNMATCHED_TITLE, key, null, null));
    }

    private void add(Event e) {
        if (events == null) {
            events = new ArrayList<>(4);
        }
        events.add(e);
    }

    /** Tells {@code target} everything heard, in order. */
    void replay(NormalizeListener target) {
        if (events == null) {
            return;
        }
        for (Event e : events) {
            switch (e.type()) {
                case PROBLEM -> target.problem((ProblemKind) e.a(), e.b(), e.c());
                case UNMAPPED_SKILL -> target.unmappedSkill((String) e.a());
                default -> target.unmatchedTitle((String) e.a());
            }
        }
    }
}
