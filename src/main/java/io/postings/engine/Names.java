package io.postings.engine;

import java.util.Comparator;
import java.util.Locale;

/** The name order of docs/METRICS.md: ordinal comparison of lower-cased names, then of the names as written. */
final class Names {
    static final Comparator<String> ORDER = Comparator.<String, String>comparing(s -> s.toLowerCase(Locale.ROOT))
            .thenComparing(Comparator.naturalOrder());

    private Names() {
    }
}
