package io.postings.input;

import java.util.ArrayList;
import java.util.List;

/** A {@link RejectListener} that remembers what it was told. */
final class Rejects implements RejectListener {
    record Reject(String source, long line, String kind, String raw) {
    }

    final List<Reject> all = new ArrayList<>();

    @Override
    public void rejected(String source, long line, String kind, String raw) {
        all.add(new Reject(source, line, kind, raw));
    }
}
