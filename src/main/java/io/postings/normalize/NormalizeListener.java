package io.postings.normalize;

import io.postings.input.ProblemKind;

/** Told about every field the normalizer could not read, so it is counted, not lost. */
public interface NormalizeListener {

    /**
     * @param kind   {@link ProblemKind#UNPARSEABLE_SALARY}, {@link ProblemKind#UNKNOWN_COUNTRY}...
     * @param where  {@code file:line}
     * @param detail the value that could not be read
     */
    void problem(ProblemKind kind, String where, String detail);

    /** A raw skill name that matched no canonical skill (kept as its own case-folded skill). */
    void unmappedSkill(String name);

    /** A title (or role value) that matched no role, as {@link RoleTaxonomy#titleKey} groups it. */
    default void unmatchedTitle(String key) {
    }

    NormalizeListener IGNORE = new NormalizeListener() {
        @Override
        public void problem(ProblemKind kind, String where, String detail) {
        }

        @Override
        public void unmappedSkill(String name) {
        }
    };
}
