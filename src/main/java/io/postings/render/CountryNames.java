package io.postings.render;

import java.util.Locale;
import java.util.Map;

/**
 * Country names for readers: the English name of an ISO 3166-1 alpha-2 code. The JDK's names,
 * with the few that changed between JDK releases fixed here, so output stays the same on every JDK.
 */
final class CountryNames {
    private static final Map<String, String> FIXED = Map.of(
            "TR", "Türkiye", "CZ", "Czechia", "MK", "North Macedonia", "SZ", "Eswatini", "HK", "Hong Kong",
            "MO", "Macao", "PS", "Palestine", "CI", "Côte d’Ivoire", "CV", "Cape Verde");

    private CountryNames() {
    }

    /** {@code Germany}; the code itself when it names no country. */
    static String of(String code) {
        String fixed = FIXED.get(code);
        if (fixed != null) {
            return fixed;
        }
        String name = new Locale("", code).getDisplayCountry(Locale.ENGLISH);
        return name.isEmpty() || name.equals(code) ? code : name;
    }

    /** {@code Germany (DE)}. */
    static String withCode(String code) {
        String name = of(code);
        return name.equals(code) ? code : name + " (" + code + ")";
    }
}
