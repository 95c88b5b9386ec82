package io.postings.input;

/**
 * One String per distinct value of a column: the titles, companies and skill lists a dump
 * repeats millions of times are made once, and reach the normalizers' memos and the
 * aggregates with their hash already computed and equal by identity. A column whose values
 * mostly differ (ids, dates) is given up after a trial.
 */
final class ColumnInterner {
    private static final int TRIAL = 8192;
    private static final int CAPACITY = 1 << 15;
    private static final int MAX_LENGTH = 128;

    private String[] table = new String[1 << 8];
    private int size;
    private int looked;
    private int found;
    private boolean off;

    /** Interns nothing: for the columns past those {@link CsvScanner} interns. */
    static final ColumnInterner NONE = new ColumnInterner();

    static {
        NONE.off = true;
        NONE.table = null;
    }

    String string(char[] buf, int start, int length) {
        if (off || length > MAX_LENGTH) {
            return new String(buf, start, length);
        }
        int h = 0;
        for (int i = start, end = start + length; i < end; i++) {
            h = 31 * h + buf[i];
        }
        int mask = table.length - 1;
        int slot = slot(h, mask);
        String kept;
        while ((kept = table[slot]) != null) {
            if (kept.hashCode() == h && kept.length() == length && same(kept, buf, start)) {
                found++;
                count();
                return kept;
            }
            slot = (slot + 1) & mask;
        }
        String made = new String(buf, start, length);
        if (size < CAPACITY) {
            table[slot] = made;
            if (++size * 2 > table.length) {
                grow();
            }
        }
        count();
        return made;
    }

    private void count() {
        if (++looked == TRIAL && found < TRIAL / 2) {
            off = true;
            table = null;
        }
    }

    /**
     * Fibonacci hashing: String hashes of similar values (dates, amounts) are close
     * together, and taken as they are they filled runs of neighbouring slots that every
     * lookup had to probe through.
     */
    private static int slot(int h, int mask) {
        return (int) (((h * 0x9E3779B97F4A7C15L) >>> 32) & mask);
    }

    private static boolean same(String kept, char[] buf, int start) {
        for (int i = 0, n = kept.length(); i < n; i++) {
            if (kept.charAt(i) != buf[start + i]) {
                return false;
            }
        }
        return true;
    }

    private void grow() {
        String[] old = table;
        table = new String[old.length * 2];
        int mask = table.length - 1;
        for (String s : old) {
            if (s != null) {
                int slot = slot(s.hashCode(), mask);
                while (table[slot] != null) {
                    slot = (slot + 1) & mask;
                }
                table[slot] = s;
            }
        }
    }
}
