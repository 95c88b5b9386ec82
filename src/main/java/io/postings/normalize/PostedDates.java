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
 * "1713397508000.0", RemoteOK's epoch), read in UTC. Anything else is no date.
 */
public final class PostedDates {
    private static final Pattern ISO = Pattern.compile("(\\d{4})-(\\d{2})-(\\d{2})(?:[T ].*)?");
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
            try {
                return LocalDate.of(Integer.parseInt(iso.group(1)), Integer.parseInt(iso.group(2)),
                        Integer.parseInt(iso.group(3))).toString();
            } catch (java.time.DateTimeException e) {
                return null;
            }
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
}
