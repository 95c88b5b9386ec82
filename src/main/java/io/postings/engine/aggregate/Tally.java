package io.postings.engine.aggregate;

import java.util.Map;

/**
 * Postings and, when any has one, their US base salaries: what a role keeps per skill and a
 * timeline per day.
 */
final class Tally {
    long postings;
    /** Null until a posting with a US base salary is counted. */
    ValueCounts salaries;

    /** Counts one posting under {@code key} in {@code tallies}, with its salary when {@code salaried}. */
    static void count(Map<String, Tally> tallies, String key, boolean salaried, double salary) {
        Tally t = tallies.get(key);
        if (t == null) {
            t = new Tally();
            tallies.put(key, t);
        }
        t.postings++;
        if (salaried) {
            t.salaries().add(salary);
        }
    }

    void add(Tally other) {
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
