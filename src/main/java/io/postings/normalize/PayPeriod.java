package io.postings.normalize;

import java.util.Locale;

/** The period a pay figure is stated per, and how many of it make a year. */
public enum PayPeriod {
    HOUR, DAY, WEEK, BIWEEK, MONTH, YEAR;

    /** Multiplier to an annual figure; hours per year is a parameter (docs/METRICS.md section 4). */
    public double perYear(int hoursPerYear) {
        return switch (this) {
            case HOUR -> hoursPerYear;
            case DAY -> 260;
            case WEEK -> 52;
            case BIWEEK -> 26;
            case MONTH -> 12;
            case YEAR -> 1;
        };
    }

    /** A period column's value ("yearly", "HOURLY", "per month", "annum"...), or null. */
    public static PayPeriod of(String value) {
        if (value == null) {
            return null;
        }
        String v = value.strip().toLowerCase(Locale.ROOT);
        if (v.isEmpty()) {
            return null;
        }
        if (v.contains("biweek") || v.contains("bi-week") || v.contains("fortnight")) {
            return BIWEEK;
        }
        if (v.startsWith("h") || v.contains("hour") || v.equals("hr")) {
            return HOUR;
        }
        if (v.startsWith("d") || v.contains("day")) {
            return DAY;
        }
        if (v.startsWith("w") || v.contains("week")) {
            return WEEK;
        }
        if (v.startsWith("mo") || v.contains("month") || v.equals("m")) {
            return MONTH;
        }
        if (v.startsWith("y") || v.startsWith("an") || v.contains("year") || v.contains("annum") || v.equals("pa")) {
            return YEAR;
        }
        return null;
    }
}
