package io.postings.engine.pass;

import io.postings.engine.aggregate.InputStats;
import io.postings.engine.aggregate.Wire;
import io.postings.input.ProblemKind;
import io.postings.normalize.NormalizeListener;
import java.io.DataInput;
import java.io.DataOutput;
import java.io.IOException;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * What a normalizer said about one record, kept to be told later, in the same order, to the
 * stats that count it: the one pass normalizes on its preparing thread, ahead of the thread
 * that knows whether the record counts, and the Beam pipeline normalizes before its de-dup has
 * decided which row is the posting. Most records say nothing and cost no list.
 */
public final class NormalizeEvents implements NormalizeListener {
    private static final int PROBLEM = 0;
    private static final int UNMAPPED_SKILL = 1;
    private static final int UNMATCHED_TITLE = 2;

    /** A problem of {@code kind} (where {@code a}, detail {@code b}), or a skill or title ({@code a}). */
    private record Event(int type, ProblemKind kind, String a, String b) {
    }

    private List<Event> events;

    @Override
    public void problem(ProblemKind kind, String where, String detail) {
        add(new Event(PROBLEM, kind, where, detail));
    }

    @Override
    public void unmappedSkill(String name) {
        add(new Event(UNMAPPED_SKILL, null, name, null));
    }

    @Override
    public void unmatchedTitle(String key) {
        add(new Event(UNMATCHED_TITLE, null, key, null));
    }

    private void add(Event e) {
        if (events == null) {
            events = new ArrayList<>(4);
        }
        events.add(e);
    }

    public boolean isEmpty() {
        return events == null;
    }

    /** Tells {@code target} everything heard, in order. */
    public void replay(NormalizeListener target) {
        if (events == null) {
            return;
        }
        for (Event e : events) {
            switch (e.type()) {
                case PROBLEM -> target.problem(e.kind(), e.a(), e.b());
                case UNMAPPED_SKILL -> target.unmappedSkill(e.a());
                default -> target.unmatchedTitle(e.a());
            }
        }
    }

    /**
     * Counts everything heard for a row counted elsewhere, at the position it was read at (the
     * Beam pipeline): each kind of problem once, as the one pass counts a row's problems.
     */
    public void replayAt(InputStats stats, long position) {
        if (events == null) {
            return;
        }
        Set<ProblemKind> kinds = EnumSet.noneOf(ProblemKind.class);
        for (Event e : events) {
            if (e.type() == PROBLEM && kinds.add(e.kind())) {
                stats.problemAt(position, e.kind(), e.a(), e.b());
            }
        }
        for (Event e : events) {
            switch (e.type()) {
                case UNMAPPED_SKILL -> stats.unmappedSkill(e.a());
                case UNMATCHED_TITLE -> stats.unmatchedTitle(e.a());
                default -> { }
            }
        }
    }

    /** The binary form, for a row that crosses a shuffle. */
    public void write(DataOutput out) throws IOException {
        out.writeInt(events == null ? 0 : events.size());
        if (events != null) {
            for (Event e : events) {
                out.writeByte(e.type());
                Wire.writeString(out, e.kind() == null ? null : e.kind().key());
                Wire.writeString(out, e.a());
                Wire.writeString(out, e.b());
            }
        }
    }

    public static NormalizeEvents read(DataInput in) throws IOException {
        NormalizeEvents back = new NormalizeEvents();
        int n = in.readInt();
        for (int i = 0; i < n; i++) {
            int type = in.readByte();
            String kind = Wire.readString(in);
            back.add(new Event(type, kind == null ? null : ProblemKind.of(kind), Wire.readString(in), Wire.readString(in)));
        }
        return back;
    }
}
