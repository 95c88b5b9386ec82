package io.postings.engine.aggregate;

import io.postings.normalize.Places;
import io.postings.normalize.PostedDates;
import io.postings.normalize.Seniority;
import io.postings.normalize.Text;
import io.postings.normalize.WorkMode;
import io.postings.report.Selection;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * A {@link Selection} from what a user typed (the CLI's options, the Beam pipeline's): dates in
 * any format {@link PostedDates} reads, countries as codes or names, levels and work modes by
 * key. A value that is not valid is an {@link IllegalArgumentException} naming the valid ones.
 */
public final class SelectionParser {
    /** Days of an {@code --as-of} window when no length is given. */
    public static final int DEFAULT_DAYS = 90;

    private SelectionParser() {
    }

    /** What was typed; null and empty lists where nothing was. */
    public record Typed(String since, String until, String asOf, Integer days, List<String> countries,
            List<String> seniority, List<String> workModes, List<String> companies) {
    }

    public static Selection parse(Typed t) {
        return new Selection(window(t), countryCodes(list(t.countries())),
                keys("--seniority", list(t.seniority()), Seniority.values()),
                keys("--work-mode", list(t.workModes()), WorkMode.values()), companyNames(list(t.companies())));
    }

    private static List<String> list(List<String> values) {
        return values == null ? List.of() : values;
    }

    private static Selection.Window window(Typed t) {
        if (t.days() != null && t.asOf() == null) {
            throw new IllegalArgumentException("--days sets the length of the --as-of window; give --as-of DATE with it");
        }
        if (t.asOf() != null) {
            if (t.since() != null || t.until() != null) {
                throw new IllegalArgumentException("--as-of names the window's last day: give it alone, or --since/--until instead");
            }
            int n = t.days() == null ? DEFAULT_DAYS : t.days();
            if (n < 1) {
                throw new IllegalArgumentException("--days must be at least 1");
            }
            LocalDate end = date("--as-of", t.asOf());
            return new Selection.Window(end.minusDays(n - 1L).toString(), end.toString(), end.toString(), n);
        }
        if (t.since() == null && t.until() == null) {
            return null;
        }
        LocalDate from = t.since() == null ? null : date("--since", t.since());
        LocalDate to = t.until() == null ? null : date("--until", t.until());
        if (from != null && to != null && from.isAfter(to)) {
            throw new IllegalArgumentException("--since " + from + " is after --until " + to + "; the window would be empty");
        }
        Integer days = from != null && to != null ? Math.toIntExact(ChronoUnit.DAYS.between(from, to) + 1) : null;
        return new Selection.Window(from == null ? null : from.toString(), to == null ? null : to.toString(), null, days);
    }

    private static LocalDate date(String option, String value) {
        String iso = PostedDates.of(value);
        if (iso == null) {
            throw new IllegalArgumentException(option + ": '" + value + "' is not a date; write YYYY-MM-DD (also read: "
                    + "YYYY-MM-DD HH:MM:SS, an ISO date-time, M/D/YYYY, Unix seconds or milliseconds)");
        }
        return LocalDate.parse(iso);
    }

    private static List<String> countryCodes(List<String> countries) {
        if (countries.isEmpty()) {
            return List.of();
        }
        Places places = new Places();
        Set<String> codes = new LinkedHashSet<>();
        for (String value : countries) {
            String code = places.countryOf(value.strip());
            if (code == null) {
                throw new IllegalArgumentException("--country: '" + value + "' is not a country; valid: ISO 3166-1 "
                        + "alpha-2 codes or country names, e.g. US, GB, DE; codes: " + String.join(" ", places.codes()));
            }
            codes.add(code);
        }
        return List.copyOf(codes);
    }

    private static List<String> keys(String option, List<String> values, Enum<?>[] valid) {
        List<String> names = Arrays.stream(valid).map(e -> e.name().toLowerCase(Locale.ROOT)).toList();
        Set<String> out = new LinkedHashSet<>();
        for (String value : values) {
            String key = value.strip().toLowerCase(Locale.ROOT).replace("-", "").replace("_", "");
            if (!names.contains(key)) {
                throw new IllegalArgumentException(option + ": '" + value + "' is not one of " + String.join(", ", names));
            }
            out.add(key);
        }
        return List.copyOf(out);
    }

    private static List<String> companyNames(List<String> companies) {
        Set<String> folded = new LinkedHashSet<>();
        List<String> out = new ArrayList<>();
        for (String company : companies) {
            if (company.isBlank()) {
                throw new IllegalArgumentException("--company needs a company name");
            }
            if (folded.add(Text.fold(company))) {
                out.add(company.strip());
            }
        }
        return out;
    }
}
