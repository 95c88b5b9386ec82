package io.postings.report;

/**
 * Which taxonomies a report used, so that a drift can be traced to a taxonomy change: the
 * SHA-256 (hex) of each one's entries as loaded (cells joined by " | ", one entry a line, in
 * precedence order), so comments and spacing do not count but any name or alias does.
 *
 * @param roleEntries  entries (lines) of the role taxonomy
 * @param skillEntries entries (lines) of the skill taxonomy
 */
public record TaxonomyVersions(String roles, int roleEntries, String skills, int skillEntries) {
}
