package io.postings.report;

/** The parameters a report was computed with, recorded so that it can be recomputed. */
public record Parameters(
        int top,
        int minN,
        int topK,
        int hoursPerYear,
        boolean includeEstimated,
        String dedupe) {
}
