package io.postings.report;

/**
 * A value's change from the period before: {@code difference = this - previous}, and
 * {@code pct = difference / previous} (a fraction), null when the previous value is 0.
 */
public record PeriodChange(double difference, Double pct) {

    /** The change from {@code previous} to {@code current}; null when either is missing. */
    public static PeriodChange of(Double previous, Double current) {
        if (previous == null || current == null) {
            return null;
        }
        return new PeriodChange(current - previous, previous == 0 ? null : (current - previous) / previous);
    }
}
