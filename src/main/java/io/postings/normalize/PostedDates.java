package io.postings.normalize;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A posting date as the ISO date {@code yyyy-mm-dd}, from what exports write: an ISO date or
 * date-time ("2026-05-01", "2026-06-09T00:00:00.000", "2023-06-22 20:20:11.702486"), or a
 * Unix time in seconds or milliseconds (Lever's createdAt, Kaggle LinkedIn's listed_time
 * "1713397508000.0", RemoteOK's epoch), read in UTC, or a US-style {@code M/D/YYYY} (an
 * optional time after it is ignored). A date-time keeps the calendar date it was written with
 * (an offset is not applied). {@code A/B/YYYY} is month/day, as US job boards write it, unless
 * A cannot be a month (13 to 31) and B can: then it is day/month ("25/12/2026"); a value that
 * is neither is no date. Anything else is no date (METRICS.md section 10).
 */
public final class PostedDates {
    private static final Pattern ISO = Pattern.compile("(\\d{4})-(\\d{2})-(\\d{2})(?:[T ].*)?");
    private static final Pattern SLASHED = Pattern.compile("(\\d{1,2})/(\\d{1,2})/(\\d{4})(?:[T ].*)?");
    private static final Pattern EPOCH = Pattern.compile("(\\d{9,13})(?:\\.0+)?");

    private PostedDates() {
    }

    public static String of(String value) {
        return MEMO.apply(value);
    }

    private static final Memo<String> MEMO = new Memo<>(PostedDates::parse);

    private static String parse(String value) {
        if (value == null) {
            return null;
        }
        String v = value.strip();
        Matcher iso = ISO.matcher(v);
        if (iso.matches()) {
            return date(Integer.parseInt(iso.group(1)), Integer.parseInt(iso.group(2)), Integer.parseInt(iso.group(3)));
        }
        Matcher slashed = SLASHED.matcher(v);
        if (slashed.matches()) {
            int a = Integer.parseInt(slashed.group(1));
            int b = Integer.parseInt(slashed.group(2));
            boolean dayFirst = a > 12 && b <= 12;
            return date(Integer.parseInt(slashed.group(3)), dayFirst ? b : a, dayFirst ? a : b);
        }
        Matcher epoch = EPOCH.matcher(v);
        if (epoch.matches()) {
            long n = Long.parseLong(epoch.group(1));
            // Ten digits or fewer are seconds (until 2286); more are milliseconds.
            Instant at = epoch.group(1).length() > 10 ? Instant.ofEpochMilli(n) : Instant.ofEpochSecond(n);
            return LocalDate.ofInstant(at, ZoneOffset.UTC).toString();
        }
        return null;
    }

    private static String date(int year, int month, int day) {
        try {
            return LocalDate.of(year, month, day).toString();
        } catch (java.time.DateTimeException e) {
            return null;
        }
    }
}
