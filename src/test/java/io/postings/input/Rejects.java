package io.postings.input;

import java.util.ArrayList;
import java.util.List;

/** A {@link RejectListener} that remembers what it was told. */
final class Rejects implements RejectListener {
    record Reject(String source, long line, String kind, String raw) {
    }

    final List<Reject> all = new ArrayList<>();
    /** Records read with damage ({@link RejectListener#damaged}): the detail is in {@code raw}. */
    final List<Reject> damaged = new ArrayList<>();

    @Override
    public void rejected(String source, long line, ProblemKind reason, String raw) {
        all.add(new Reject(source, line, reason.key(), raw));
    }

    @Override
    public void damaged(String source, long line, ProblemKind kind, String detail) {
        damaged.add(new Reject(source, line, kind.key(), detail));
    }
}
