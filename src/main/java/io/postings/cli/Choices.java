package io.postings.cli;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The words an option takes (--format, --sort, --by), case-insensitive, each with the aliases
 * it also accepts; any other word is a usage error that names the choices.
 */
final class Choices<E> {
    private final String option;
    private final Map<String, E> byWord = new HashMap<>();
    private final List<String> names = new ArrayList<>();

    private Choices(String option) {
        this.option = option;
    }

    static <E> Choices<E> of(String option) {
        return new Choices<>(option);
    }

    /** {@code value} under {@code name} (listed in the error) and {@code aliases} (accepted, not listed). */
    Choices<E> add(E value, String name, String... aliases) {
        names.add(name);
        byWord.put(name, value);
        for (String alias : aliases) {
            byWord.put(alias, value);
        }
        return this;
    }

    E parse(String given) {
        E value = byWord.get(given.toLowerCase(Locale.ROOT));
        if (value == null) {
            throw new UsageException(option + " must be " + String.join(", ", names.subList(0, names.size() - 1))
                    + " or " + names.get(names.size() - 1) + ", not '" + given + "'");
        }
        return value;
    }
}
