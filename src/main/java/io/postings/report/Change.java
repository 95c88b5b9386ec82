package io.postings.report;

/**
 * One value that differs between a saved report and its recomputation.
 *
 * @param path       where it is, e.g. {@code a.salary.median} or {@code a.top_skills[Rust].share}
 * @param expected   the saved value as JSON text, null when the recomputation added it
 * @param actual     the recomputed value as JSON text, null when it is gone
 * @param difference {@code actual - expected}, exact, when both are numbers; null otherwise
 */
public record Change(String path, String expected, String actual, String difference) {
}
