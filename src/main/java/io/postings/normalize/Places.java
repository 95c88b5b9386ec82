package io.postings.normalize;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Country codes from a country column or from location text (resources
 * {@code countries.txt} and {@code us-states.txt}). A location is split on commas, slashes,
 * parentheses and spaced dashes; the last part that names a country or a US state wins ("Austin, TX"
 * is US, "Berlin, Germany" is DE, "Remote - US" is US). A two-letter code is a US state, except
 * as the third part or later ("Toronto, ON, CA" is Canada). For several locations in one field
 * ("Austin, TX; Berlin, Germany", a JSON list, or separated by "|" or "•") the first that
 * names a country wins.
 */
public final class Places {
    private static final Pattern REMOTE = Pattern.compile(
            "(?i)remote[\\s-]+(.+)|(.+?)[\\s-]+remote");
    private final Map<String, String> countryByName = new HashMap<>();
    private final Map<String, String> countryByCode = new HashMap<>();
    private final Map<String, String> stateByName = new HashMap<>();
    private final Map<String, String> stateByCode = new HashMap<>();

    public Places() {
        for (List<String> entry : TaxonomyFile.resource("countries.txt")) {
            String code = entry.get(0).toUpperCase(Locale.ROOT);
            countryByCode.put(code, code);
            for (String name : entry.subList(1, entry.size())) {
                countryByName.putIfAbsent(Text.fold(name), code);
            }
        }
        countryByCode.put("UK", "GB");
        for (List<String> entry : TaxonomyFile.resource("us-states.txt")) {
            stateByCode.put(entry.get(0).toUpperCase(Locale.ROOT), entry.get(0));
            for (String name : entry.subList(1, entry.size())) {
                stateByName.put(Text.fold(name), entry.get(0));
            }
        }
    }

    /** A country column's value: a code (alpha-2, or UK) or a name; null when unknown. */
    public String countryOf(String value) {
        if (value == null) {
            return null;
        }
        String v = value.strip();
        if (v.length() == 2 || v.length() == 3 && v.equalsIgnoreCase("usa")) {
            String code = countryByCode.get(v.toUpperCase(Locale.ROOT));
            if (code != null) {
                return code;
            }
        }
        return countryByName.get(Text.fold(v));
    }

    /** The country a location text names, or null. */
    public String countryOfLocation(String location) {
        if (location == null) {
            return null;
        }
        for (String one : locations(location)) {
            String code = countryOfOneLocation(one);
            if (code != null) {
                return code;
            }
        }
        return null;
    }

    /**
     * The separate locations of a field, in order: the elements of a JSON list (as the JSON
     * reader keeps arrays), else the text split on ";", "|", "•", line breaks and " or ".
     */
    private static List<String> locations(String location) {
        String text = location.strip();
        if (text.startsWith("[") && text.endsWith("]")) {
            return SkillList.parse(text);
        }
        return Arrays.asList(text.split("[;|•\\n]|\\s+or\\s+"));
    }

    /** Parts from last to first ("Austin, TX": TX first); the first part naming a place wins. */
    private String countryOfOneLocation(String location) {
        String[] parts = location.split("[,/()]|\\s[-–—]\\s");
        for (int i = parts.length - 1; i >= 0; i--) {
            String part = parts[i].strip();
            if (part.isEmpty()) {
                continue;
            }
            // "Toronto, ON, CA": a code after city and region is a country, not a US state.
            if (i >= 2 && isCode(part) && countryByCode.containsKey(part)) {
                return countryByCode.get(part);
            }
            String code = placeCode(part);
            if (code != null) {
                return code;
            }
        }
        return null;
    }

    private static boolean isCode(String part) {
        return part.length() == 2 && Character.isUpperCase(part.charAt(0)) && Character.isUpperCase(part.charAt(1));
    }

    private String placeCode(String part) {
        String folded = Text.fold(part);
        String country = countryByName.get(folded);
        if (country != null) {
            return country;
        }
        if (stateByName.containsKey(folded)) {
            return "US";
        }
        if (isCode(part)) {
            if (stateByCode.containsKey(part)) {
                return "US";
            }
            return countryByCode.get(part);
        }
        // "Remote US", "US-Remote", "Remote-Friendly, United States"
        Matcher remote = REMOTE.matcher(part);
        if (remote.matches()) {
            String rest = remote.group(1) != null ? remote.group(1) : remote.group(2);
            return rest.isBlank() ? null : placeCode(rest.strip());
        }
        return null;
    }
}
