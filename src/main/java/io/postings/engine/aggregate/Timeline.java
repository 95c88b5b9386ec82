package io.postings.engine.aggregate;

import java.io.DataInput;
import java.io.DataOutput;
import java.io.IOException;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;

/**
 * One role's postings by posted day: how many, and the exact multiset of their US base
 * salaries, so that any period (month, ISO week, a window's whole months) is counted and its
 * median taken exactly, and parts merge in any order. Postings without a date are counted apart.
 * About 60 bytes per day with postings, plus 16 per distinct salary of the day.
 */
public final class Timeline {
    /**
     * By ISO date text, which orders as the dates do: a posting's date is looked up by the String
     * it came with (its hash is cached in it, and the normalizer hands out one String per distinct
     * value), so the pass parses nothing per posting.
     */
    private final Map<String, Tally> days = new HashMap<>();
    private long undated;

    /** A posting posted on {@code date} (yyyy-mm-dd, or null when it has none), with its salary when {@code salaried}. */
    void accept(String date, boolean salaried, double salary) {
        if (date == null) {
            undated++;
            return;
        }
        Tally.count(days, date, salaried, salary);
    }

    void merge(Timeline other) {
        other.days.forEach((key, theirs) -> days.computeIfAbsent(key, k -> new Tally()).add(theirs));
        undated += other.undated;
    }

    /** Postings without a posted date. */
    public long undated() {
        return undated;
    }

    /** Postings per posted month ("yyyy-mm"), in month order; months without postings are absent. */
    public java.util.SortedMap<String, Long> byMonth() {
        java.util.SortedMap<String, Long> out = new java.util.TreeMap<>();
        days.forEach((day, d) -> out.merge(day.substring(0, 7), d.postings, Long::sum));
        return out;
    }

    /** Postings posted from {@code first} to {@code last}, both inclusive. */
    public long postings(LocalDate first, LocalDate last) {
        String from = first.toString();
        String to = last.toString();
        long n = 0;
        for (Map.Entry<String, Tally> e : days.entrySet()) {
            if (e.getKey().compareTo(from) >= 0 && e.getKey().compareTo(to) <= 0) {
                n += e.getValue().postings;
            }
        }
        return n;
    }

    /** The US base salaries of postings posted from {@code first} to {@code last}, both inclusive, ascending. */
    public double[] salaries(LocalDate first, LocalDate last) {
        String from = first.toString();
        String to = last.toString();
        ValueCounts all = new ValueCounts();
        for (Map.Entry<String, Tally> e : days.entrySet()) {
            if (e.getKey().compareTo(from) >= 0 && e.getKey().compareTo(to) <= 0 && e.getValue().salaries != null) {
                all.merge(e.getValue().salaries);
            }
        }
        return all.sorted();
    }

    void writeTo(DataOutput out) throws IOException {
        out.writeLong(undated);
        out.writeInt(days.size());
        for (Map.Entry<String, Tally> e : days.entrySet()) {
            Wire.writeString(out, e.getKey());
            out.writeLong(e.getValue().postings);
            out.writeBoolean(e.getValue().salaries != null);
            if (e.getValue().salaries != null) {
                e.getValue().salaries.writeTo(out);
            }
        }
    }

    void readInto(DataInput in) throws IOException {
        undated += in.readLong();
        int n = in.readInt();
        for (int i = 0; i < n; i++) {
            Tally day = days.computeIfAbsent(Wire.readString(in), k -> new Tally());
            day.postings += in.readLong();
            if (in.readBoolean()) {
                day.salaries().merge(ValueCounts.readFrom(in));
            }
        }
    }
}
