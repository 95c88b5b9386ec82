package io.postings.engine;

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
 * About 40 bytes per day with postings, plus 16 per distinct salary of the day.
 */
public final class Timeline {
    private final Map<Integer, Day> days = new HashMap<>();
    private long undated;
    /** The last date text seen and its day: dates repeat, and the normalizer hands out one String per date. */
    private String lastText;
    private Day lastDay;

    private static final class Day {
        long postings;
        /** Null until a posting of the day has a US base salary. */
        ValueCounts salaries;

        ValueCounts salaries() {
            if (salaries == null) {
                salaries = new ValueCounts();
            }
            return salaries;
        }
    }

    /** A posting posted on {@code date} (yyyy-mm-dd, or null when it has none), with its salary when {@code salaried}. */
    void accept(String date, boolean salaried, double salary) {
        if (date == null) {
            undated++;
            return;
        }
        Day day;
        if (date == lastText) { // identity on purpose: the common case costs no parse
            day = lastDay;
        } else {
            day = days.computeIfAbsent(key(date), k -> new Day());
            lastText = date;
            lastDay = day;
        }
        day.postings++;
        if (salaried) {
            day.salaries().add(salary);
        }
    }

    void merge(Timeline other) {
        other.days.forEach((key, theirs) -> {
            Day mine = days.computeIfAbsent(key, k -> new Day());
            mine.postings += theirs.postings;
            if (theirs.salaries != null) {
                mine.salaries().merge(theirs.salaries);
            }
        });
        undated += other.undated;
    }

    /** Postings without a posted date. */
    public long undated() {
        return undated;
    }

    /** Postings posted from {@code first} to {@code last}, both inclusive. */
    public long postings(LocalDate first, LocalDate last) {
        int from = key(first);
        int to = key(last);
        long n = 0;
        for (Map.Entry<Integer, Day> e : days.entrySet()) {
            if (e.getKey() >= from && e.getKey() <= to) {
                n += e.getValue().postings;
            }
        }
        return n;
    }

    /** The US base salaries of postings posted from {@code first} to {@code last}, both inclusive, ascending. */
    public double[] salaries(LocalDate first, LocalDate last) {
        int from = key(first);
        int to = key(last);
        ValueCounts all = new ValueCounts();
        for (Map.Entry<Integer, Day> e : days.entrySet()) {
            if (e.getKey() >= from && e.getKey() <= to && e.getValue().salaries != null) {
                all.merge(e.getValue().salaries);
            }
        }
        return all.sorted();
    }

    void writeTo(DataOutput out) throws IOException {
        out.writeLong(undated);
        out.writeInt(days.size());
        for (Map.Entry<Integer, Day> e : days.entrySet()) {
            out.writeInt(e.getKey());
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
            Day day = days.computeIfAbsent(in.readInt(), k -> new Day());
            day.postings += in.readLong();
            if (in.readBoolean()) {
                day.salaries().merge(ValueCounts.readFrom(in));
            }
        }
    }

    /** A date as the number yyyymmdd, which orders as the dates do. */
    static int key(String isoDate) {
        return digits(isoDate, 0, 4) * 10_000 + digits(isoDate, 5, 7) * 100 + digits(isoDate, 8, 10);
    }

    static int key(LocalDate date) {
        return date.getYear() * 10_000 + date.getMonthValue() * 100 + date.getDayOfMonth();
    }

    private static int digits(String s, int from, int to) {
        int n = 0;
        for (int i = from; i < to; i++) {
            n = n * 10 + (s.charAt(i) - '0');
        }
        return n;
    }
}
