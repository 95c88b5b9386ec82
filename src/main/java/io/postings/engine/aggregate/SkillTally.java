package io.postings.engine.aggregate;

/** One skill within one role's state: its postings and, when any has one, their US base salaries. */
final class SkillTally {
    long postings;
    /** Null until a posting with a US base salary names the skill. */
    ValueCounts salaries;

    void add(SkillTally other) {
        postings += other.postings;
        if (other.salaries != null) {
            salaries().merge(other.salaries);
        }
    }

    ValueCounts salaries() {
        if (salaries == null) {
            salaries = new ValueCounts();
        }
        return salaries;
    }
}
