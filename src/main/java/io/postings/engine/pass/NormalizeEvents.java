package io.postings.engine.pass;

import io.postings.engine.aggregate.InputStats;
import io.postings.engine.aggregate.Wire;
import io.postings.normalize.NormalizeListener;
import java.io.DataInput;
import java.io.DataOutput;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashSet;
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

    private record Event(int type, String a, String b, String c) {
    }

    private List<Event> events;

    @Override
    public void problem(String kind, String where, String detail) {
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
                case PROBLEM -> target.problem(e.a(), e.b(), e.c());
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
        Set<String> kinds = new HashSet<>();
        for (Event e : events) {
            if (e.type() == PROBLEM && kinds.add(e.a())) {
                stats.problemAt(position, e.a(), e.b(), e.c());
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
                Wire.writeString(out, e.a());
                Wire.writeString(out, e.b());
                Wire.writeString(out, e.c());
            }
        }
    }

    public static NormalizeEvents read(DataInput in) throws IOException {
        NormalizeEvents back = new NormalizeEvents();
        int n = in.readInt();
        for (int i = 0; i < n; i++) {
            back.add(new Event(in.readByte(), Wire.readString(in), Wire.readString(in), Wire.readString(in)));
        }
        return back;
    }
}
