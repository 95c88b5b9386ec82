package io.postings.report;

/** One skill with both roles' counts and shares. */
public record PairSkill(String skill, long countA, double shareA, long countB, double shareB) {
}
