package io.postings.normalize;

/**
 * One text pattern of the skill taxonomy: its text (whitespace collapsed, case as written), the
 * index of its skill in {@link SkillTaxonomy#names()} order (-1 for a stop phrase), and how it
 * matches. What {@link SkillTaxonomy} reads from its cells and {@link SkillExtractor} searches for.
 */
public record SkillPattern(String text, int skill, Match match) {
    /** How a cell is searched for in description text. */
    public enum Match {
        /** Case-insensitive, whole words. */
        ANY_CASE,
        /** Only as written; ordinary words also need context (see {@link SkillExtractor}). */
        AS_WRITTEN,
        /** A phrase that is no skill; it hides the matches it overlaps. */
        STOP
    }
}
