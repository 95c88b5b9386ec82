package io.postings.beam;

import java.util.ArrayList;
import java.util.List;

/**
 * The first row read with one id, and the rows after it with the same id: how many, and the
 * earliest {@link #SHOWN} of them (no more can be among the run's first duplicate examples).
 */
final class Survivor {
    static final int SHOWN = io.postings.engine.aggregate.InputStats.EXAMPLES;

    /** A later row with the survivor's id (or, under --dedupe content, its content): where it was, and its own id. */
    record Later(long position, String where, String id) {
    }

    Candidate first;
    long duplicates;
    final List<Later> shown = new ArrayList<>(0);

    static Survivor of(Candidate row) {
        Survivor s = new Survivor();
        s.first = row;
        return s;
    }

    void add(Candidate row) {
        if (first == null) {
            first = row;
        } else if (row.position() < first.position()) {
            later(new Later(first.position(), first.where(), first.id()));
            first = row;
        } else {
            later(new Later(row.position(), row.where(), row.id()));
        }
    }

    void merge(Survivor other) {
        if (other.first != null) {
            add(other.first);
        }
        duplicates += other.duplicates - other.shown.size();
        other.shown.forEach(this::later);
    }

    private void later(Later row) {
        duplicates++;
        int at = shown.size();
        while (at > 0 && shown.get(at - 1).position() > row.position()) {
            at--;
        }
        if (at < SHOWN) {
            shown.add(at, row);
            if (shown.size() > SHOWN) {
                shown.remove(SHOWN);
            }
        }
    }
}
