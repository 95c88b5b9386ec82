package io.postings.report;

/**
 * One value that differs between a saved report and its recomputation. Values keep their JSON
 * type: a number is an exact decimal ({@link java.math.BigDecimal}, written as a JSON number),
 * a name a string, a list or object itself.
 *
 * @param path       where it is, e.g. {@code a.salary.median} or {@code a.top_skills[Rust].share}
 * @param expected   the saved value, null when the recomputation added it
 * @param actual     the recomputed value, null when it is gone
 * @param difference {@code actual - expected}, exact, when both are numbers; null otherwise
 */
public record Change(String path, Object expected, Object actual, java.math.BigDecimal difference) {
}
