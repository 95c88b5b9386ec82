package io.postings.engine.aggregate;

import io.postings.input.ProblemKind;
import io.postings.report.Example;
import io.postings.report.Problem;
import java.io.DataInput;
import java.io.DataOutput;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Predicate;

/**
 * The problems of {@link InputStats}, by kind: how many rows have each, and its
 * {@link InputStats#EXAMPLES} earliest examples by position in the input, so that parts merged in
 * any order keep the examples of one pass.
 */
final class ProblemLog {
    private final Map<ProblemKind, State> byKind = new EnumMap<>(ProblemKind.class);

    /** An example and its position in the input, which orders examples across merges. */
    private record Placed(long position, Example example) {
    }

    private static final class State {
        /** Hints of a column layout ({@code unread_*_columns}) repeat one detail per row: each detail is kept once. */
        final boolean distinct;
        long count;
        /** The earliest examples, by position. */
        final List<Placed> examples = new ArrayList<>(InputStats.EXAMPLES);
        /**
         * The row it was last counted for (rows read so far, and file:line), so that a second
         * report for the same row is not a second problem; the line alone is not enough, since
         * a one-line JSON file holds every record on line 1.
         */
        String lastWhere;
        long lastRow = -1;

        State(ProblemKind kind) {
            distinct = kind.isHint();
        }

        void keep(long position, String where, String detail) {
            if (!isFull(position)) { // most problems come after the first five: no example made for them
                keep(new Placed(position, new Example(where, detail)));
            }
        }

        void keep(Placed placed) {
            if (isFull(placed.position())) {
                return;
            }
            if (distinct && !keptOnce(placed)) {
                return;
            }
            int at = examples.size();
            while (at > 0 && examples.get(at - 1).position() > placed.position()) {
                at--;
            }
            examples.add(at, placed);
            if (examples.size() > InputStats.EXAMPLES) {
                examples.remove(InputStats.EXAMPLES);
            }
        }

        /** False when an example with the same detail and an earlier position is kept; a later one is dropped. */
        private boolean keptOnce(Placed placed) {
            for (int i = 0; i < examples.size(); i++) {
                Placed kept = examples.get(i);
                if (Objects.equals(kept.example().detail(), placed.example().detail())) {
                    if (kept.position() <= placed.position()) {
                        return false;
                    }
                    examples.remove(i);
                    return true;
                }
            }
            return true;
        }

        /** True when five examples are kept and none of them comes after {@code position}. */
        private boolean isFull(long position) {
            return examples.size() == InputStats.EXAMPLES && position >= examples.get(InputStats.EXAMPLES - 1).position();
        }
    }

    private State state(ProblemKind kind) {
        return byKind.computeIfAbsent(kind, State::new);
    }

    /**
     * Counts a problem of row {@code row} (rows read so far) at {@code where}, unless that row
     * was already counted for this kind; true when it was counted (and {@code position} used).
     */
    boolean countOnce(ProblemKind kind, long row, String where, String detail, long position) {
        State state = state(kind);
        if (state.lastRow == row && where.equals(state.lastWhere)) {
            return false;
        }
        state.lastWhere = where;
        state.lastRow = row;
        state.count++;
        state.keep(position, where, detail);
        return true;
    }

    /** Counts a problem whose row was checked for repeats elsewhere, at the position it had there. */
    void countAt(long position, ProblemKind kind, String where, String detail) {
        State state = state(kind);
        state.count++;
        state.keep(position, where, detail);
    }

    /** Counts {@code n} problems without examples. */
    void countWithoutExamples(ProblemKind kind, long n) {
        state(kind).count += n;
    }

    void merge(ProblemLog other) {
        other.byKind.forEach((kind, theirs) -> {
            State mine = state(kind);
            mine.count += theirs.count;
            theirs.examples.forEach(mine::keep);
        });
    }

    /** The problems {@code shown} lets through, by kind as outputs spell it. */
    List<Problem> list(Predicate<ProblemKind> shown) {
        return byKind.entrySet().stream()
                .filter(e -> shown.test(e.getKey()))
                .sorted(Comparator.comparing(e -> e.getKey().key()))
                .map(e -> new Problem(e.getKey().key(), e.getValue().count,
                        e.getValue().examples.stream().map(Placed::example).toList()))
                .toList();
    }

    void writeTo(DataOutput out) throws IOException {
        out.writeInt(byKind.size());
        for (Map.Entry<ProblemKind, State> e : byKind.entrySet()) {
            Wire.writeString(out, e.getKey().key());
            out.writeLong(e.getValue().count);
            out.writeInt(e.getValue().examples.size());
            for (Placed p : e.getValue().examples) {
                out.writeLong(p.position());
                Wire.writeString(out, p.example().where());
                Wire.writeString(out, p.example().detail());
            }
        }
    }

    void readFrom(DataInput in) throws IOException {
        int kinds = in.readInt();
        for (int i = 0; i < kinds; i++) {
            State state = state(ProblemKind.of(Wire.readString(in)));
            state.count = in.readLong();
            int examples = in.readInt();
            for (int j = 0; j < examples; j++) {
                long position = in.readLong();
                state.keep(position, Wire.readString(in), Wire.readString(in));
            }
        }
    }
}
