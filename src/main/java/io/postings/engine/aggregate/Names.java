package io.postings.engine.aggregate;

import java.util.Comparator;
import java.util.Locale;

/** The name order of docs/METRICS.md: ordinal comparison of lower-cased names, then of the names as written. */
public final class Names {
    public static final Comparator<String> ORDER = Comparator.<String, String>comparing(s -> s.toLowerCase(Locale.ROOT))
            .thenComparing(Comparator.naturalOrder());

    private Names() {
    }
}
