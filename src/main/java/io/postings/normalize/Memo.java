package io.postings.normalize;

import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * Remembers a pure function of a text value. Dumps repeat their titles, locations, levels and
 * skill names millions of times, so each distinct value is worked out once; past {@code limit}
 * distinct values new ones are computed but not kept, so memory stays bounded.
 */
final class Memo<V> {
    private static final Object NULL = new Object();
    static final int DEFAULT_LIMIT = 50_000;

    private final ConcurrentHashMap<String, Object> known = new ConcurrentHashMap<>();
    private final Function<String, V> function;
    private final int limit;

    Memo(Function<String, V> function) {
        this(function, DEFAULT_LIMIT);
    }

    Memo(Function<String, V> function, int limit) {
        this.function = function;
        this.limit = limit;
    }

    @SuppressWarnings("unchecked")
    V apply(String key) {
        if (key == null) {
            return function.apply(null);
        }
        Object v = known.get(key);
        if (v != null) {
            return v == NULL ? null : (V) v;
        }
        V computed = function.apply(key);
        if (known.size() < limit) {
            known.put(key, computed == null ? NULL : computed);
        }
        return computed;
    }
}
