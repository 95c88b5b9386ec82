package io.postings.report;

/** A distribution-free 95% confidence interval of a median, from order statistics (docs/METRICS.md section 8). */
public record Interval(double low, double high) {

    public boolean excludes(double value) {
        return value < low || value > high;
    }
}
