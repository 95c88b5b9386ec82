package io.postings.normalize;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Country codes from a country column or from location text (resources
 * {@code countries.txt}, {@code us-states.txt}, {@code regions.txt} and {@code cities.txt}).
 *
 * <p>A field may hold several locations ("Austin, TX; Berlin, Germany", a JSON or Python list,
 * or locations separated by "|", "•", "&amp;", " or " or line breaks): the first one that names
 * a country wins. One location is split into parts on commas, slashes, parentheses and spaced
 * dashes, and read from the last part to the first; the first part that names a place wins
 * (but when two or more parts are country names, "USA, Canada", they are several locations
 * and the first wins):
 * <ol>
 * <li>a country name, in several languages ("Berlin, Germany", "São Paulo, Brasil");</li>
 * <li>a US state name, or a state or province of another country ("Curitiba, Paraná");</li>
 * <li>a two- or three-letter code: the third part or later is a country ("Toronto, ON, CA");
 *     right after a known city, the code of that city's country or of one of its regions means
 *     that country ("Toronto, CA" is Canada, "Perth, WA" Australia, "Berlin, DE" Germany);
 *     otherwise a US state ("Austin, TX"), else a country ("London, UK"), else a province
 *     ("Halifax, NS");</li>
 * <li>a known city ("Tel Aviv", "Bengaluru", "SF");</li>
 * <li>a country code before a dash ("US-New York"), or a place beside "Remote" ("Remote - US").</li>
 * </ol>
 * Metro-area words are ignored ("Greater São Paulo Area", "São Paulo e Região", "Dallas-Fort
 * Worth Metroplex", "Tel Aviv District"). Case, accents and punctuation never matter.
 */
public final class Places {
    /** Words around a place that say how or where in it one works: "Remote - US", "SF Office", "U.S. Anywhere". */
    private static final Set<String> FILLER = Set.of(
            "remote", "virtual", "anywhere", "work", "at", "home", "wfh", "in", "the", "within", "based", "only",
            "national", "friendly", "first", "hybrid", "onsite", "office", "hq", "headquarters", "campus", "warehouse",
            "all", "select", "locations", "location", "field");
    /** "US-New York", "IN-Bangalore": a country code joined to a place by a dash. */
    private static final Pattern CODE_PREFIX = Pattern.compile("([A-Z]{2})\\s?[-–]\\s?(.+)");
    private static final Pattern SEPARATORS = Pattern.compile("(?i)[;|•\\n]|\\s+or\\s+|\\s&\\s");
    private static final Pattern AND = Pattern.compile("(?i)\\s+and\\s+");
    private static final Pattern PARTS = Pattern.compile("[,/():\\[\\]]|\\s[-–—]\\s");
    private static final Pattern TOKENS = Pattern.compile("[\\s-]+");
    private static final List<String> AREA_PREFIXES = List.of("greater ");
    private static final List<String> AREA_SUFFIXES = List.of(
            " metropolitan area", " metro area", " bay area", " area", " e regiao", " region", " metroplex",
            " district", " metropolitan region", " regiao metropolitana", " city");

    private final Map<String, String> countryByName = new HashMap<>();
    private final Map<String, String> countryByCode = new HashMap<>();
    private final Map<String, String> stateByName = new HashMap<>();
    private final Map<String, String> stateByCode = new HashMap<>();
    private final Map<String, String> regionByName = new HashMap<>();
    /** Region code to the countries that use it, first listed first. */
    private final Map<String, List<String>> regionCountries = new HashMap<>();
    private final Map<String, Set<String>> regionCodesOf = new HashMap<>();
    private final Map<String, String> cityByName = new HashMap<>();

    public Places() {
        for (List<String> entry : TaxonomyFile.resource("countries.txt")) {
            String code = entry.get(0).toUpperCase(Locale.ROOT);
            countryByCode.put(code, code);
            for (String name : entry.subList(1, entry.size())) {
                countryByName.putIfAbsent(key(name), code);
            }
        }
        countryByCode.put("UK", "GB");
        for (List<String> entry : TaxonomyFile.resource("us-states.txt")) {
            String code = entry.get(0).toUpperCase(Locale.ROOT);
            stateByCode.put(code, code);
            regionCodesOf.computeIfAbsent("US", k -> new HashSet<>()).add(code);
            for (String name : entry.subList(1, entry.size())) {
                stateByName.put(key(name), code);
            }
        }
        for (List<String> entry : TaxonomyFile.resource("regions.txt")) {
            String country = entry.get(0).toUpperCase(Locale.ROOT);
            for (String name : entry.subList(1, entry.size())) {
                if (name.length() <= 3 && name.equals(name.toLowerCase(Locale.ROOT)) && !name.contains(" ")) {
                    String code = name.toUpperCase(Locale.ROOT);
                    regionCountries.computeIfAbsent(code, k -> new ArrayList<>()).add(country);
                    regionCodesOf.computeIfAbsent(country, k -> new HashSet<>()).add(code);
                } else {
                    regionByName.putIfAbsent(key(name), country);
                }
            }
        }
        for (List<String> entry : TaxonomyFile.resource("cities.txt")) {
            String country = entry.get(0).toUpperCase(Locale.ROOT);
            for (String name : entry.subList(1, entry.size())) {
                cityByName.putIfAbsent(key(name), country);
            }
        }
    }

    /** The lookup key of a name: its words, lower-cased, accents and punctuation dropped. */
    private static String key(String name) {
        return String.join(" ", Words.of(name));
    }

    /** Every country code a value can name, in order. */
    public java.util.SortedSet<String> codes() {
        return new java.util.TreeSet<>(countryByCode.values());
    }

    /** A country column's value: a code (alpha-2, or UK) or a name; null when unknown. */
    public String countryOf(String value) {
        return countryMemo.apply(value);
    }

    private final Memo<String> countryMemo = new Memo<>(this::matchCountry);
    private final Memo<String> locationMemo = new Memo<>(this::matchLocation);

    private String matchCountry(String value) {
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
        return countryByName.get(key(v));
    }

    /** The country a location text names, or null. */
    public String countryOfLocation(String location) {
        return locationMemo.apply(location);
    }

    private String matchLocation(String location) {
        if (location == null) {
            return null;
        }
        for (String one : locations(location)) {
            String code = countryOfOneLocation(one);
            // "Chicago and NYC": split on "and" only when the whole names nothing ("Trinidad and Tobago" does).
            if (code == null && AND.matcher(one).find()) {
                for (String piece : AND.split(one)) {
                    code = countryOfOneLocation(piece);
                    if (code != null) {
                        break;
                    }
                }
            }
            if (code != null) {
                return code;
            }
        }
        return null;
    }

    /**
     * The separate locations of a field, in order: the elements of a JSON or Python list (as
     * the JSON reader keeps arrays), else the text split on ";", "|", "•", " & ", " or " and
     * line breaks.
     */
    private static List<String> locations(String location) {
        String text = location.strip();
        if (text.startsWith("[") && text.endsWith("]")) {
            List<String> out = new ArrayList<>();
            for (String element : SkillList.parse(text)) {
                out.addAll(Arrays.asList(SEPARATORS.split(element)));
            }
            return out;
        }
        return Arrays.asList(SEPARATORS.split(text));
    }

    /** Parts from last to first ("Austin, TX": TX first); the first part naming a place wins. */
    private String countryOfOneLocation(String location) {
        String[] parts = PARTS.split(location);
        // "USA, Canada" lists countries rather than narrowing one down: the first one wins.
        String first = null;
        int countries = 0;
        for (String part : parts) {
            String country = countryByName.get(key(part));
            if (country != null) {
                first = first == null ? country : first;
                countries++;
            }
        }
        if (countries >= 2) {
            return first;
        }
        for (int i = parts.length - 1; i >= 0; i--) {
            String part = parts[i].strip();
            if (part.isEmpty()) {
                continue;
            }
            String code = isCode(part) ? codeCountry(part, parts, i) : placeCode(part);
            if (code != null) {
                return code;
            }
        }
        return null;
    }

    private static boolean isCode(String part) {
        if (part.length() < 2 || part.length() > 3) {
            return false;
        }
        for (int i = 0; i < part.length(); i++) {
            if (!Character.isUpperCase(part.charAt(i)) || part.charAt(i) > 'Z') {
                return false;
            }
        }
        return true;
    }

    /** An upper-case code of two or three letters at {@code parts[i]}; see the class comment. */
    private String codeCountry(String code, String[] parts, int i) {
        if (i >= 2 && countryByCode.containsKey(code)) {
            return countryByCode.get(code);
        }
        if (i >= 1) {
            String city = cityByName.get(arealess(key(parts[i - 1])));
            if (city != null && (city.equals(countryByCode.get(code))
                    || regionCodesOf.getOrDefault(city, Set.of()).contains(code))) {
                return city;
            }
        }
        if (stateByCode.containsKey(code)) {
            return "US";
        }
        if (countryByCode.containsKey(code)) {
            return countryByCode.get(code);
        }
        List<String> region = regionCountries.get(code);
        if (region != null) {
            return region.get(0);
        }
        // A three-letter alpha-3 code ("JPN") or a city abbreviation ("NYC", "SF").
        return placeCode(code);
    }

    private String placeCode(String part) {
        String name = key(part);
        if (name.isEmpty()) {
            return null;
        }
        String code = nameCode(name);
        if (code == null) {
            String bare = arealess(name);
            code = bare.equals(name) ? null : nameCode(bare);
        }
        if (code != null) {
            return code;
        }
        // "Remote US", "US-Remote", "Remote in the US", "SF Office", "Work At Home-Ohio"
        List<String> words = new ArrayList<>(Words.of(part));
        words.removeIf(FILLER::contains);
        String rest = String.join(" ", words);
        if (!rest.isEmpty() && !rest.equals(name)) {
            code = nameCode(rest);
            if (code == null) {
                code = nameCode(arealess(rest));
            }
            if (code != null) {
                return code;
            }
        }
        Matcher prefix = CODE_PREFIX.matcher(part.strip());
        if (prefix.matches() && countryByCode.containsKey(prefix.group(1))) {
            return countryByCode.get(prefix.group(1));
        }
        // "Bronx NY", "US UT - Remote", "NYC-Privy": a code as the last or first word.
        String[] tokens = TOKENS.split(part.strip());
        if (tokens.length > 1) {
            for (String t : new String[] {tokens[tokens.length - 1], tokens[0]}) {
                if (isCode(t)) {
                    String c = stateByCode.containsKey(t) ? "US" : countryByCode.get(t);
                    if (c == null && t.length() == 3) {
                        c = nameCode(key(t));
                    }
                    if (c != null) {
                        return c;
                    }
                }
            }
        }
        return null;
    }

    private String nameCode(String name) {
        String country = countryByName.get(name);
        if (country != null) {
            return country;
        }
        if (stateByName.containsKey(name)) {
            return "US";
        }
        String region = regionByName.get(name);
        if (region != null) {
            return region;
        }
        return cityByName.get(name);
    }

    /** A place name without metro-area words: "greater sao paulo area" is "sao paulo". */
    private static String arealess(String name) {
        String n = name;
        for (String prefix : AREA_PREFIXES) {
            if (n.startsWith(prefix)) {
                n = n.substring(prefix.length());
            }
        }
        for (String suffix : AREA_SUFFIXES) {
            if (n.endsWith(suffix) && n.length() > suffix.length()) {
                n = n.substring(0, n.length() - suffix.length());
            }
        }
        return n;
    }
}
