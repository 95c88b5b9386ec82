package io.postings.normalize;

/**
 * The skills of a delimited skills cell ({@code Java;Go;Spring}) read in place: each name is
 * looked up by its characters in the cell, so the names a dump repeats millions of times cost
 * no substring, hash of a new String or shared-map lookup after their first time. What a name
 * comes to (its canonical skill, nothing for a sentinel, or an unmapped name) is remembered
 * per thread, up to {@link #LIMIT} names. Gives what {@link SkillList#parse} and
 * {@link SkillTaxonomy#canonical} give together.
 */
final class SkillNames {
    static final int LIMIT = 1 << 16;
    /** A name that is a sentinel ("n/a", "null"...): no skill. */
    private static final Object DROPPED = new Object();

    /** What a name of the cell came to: its raw text, and its canonical skill or null when unmapped. */
    interface Sink {
        void name(String raw, String canonical);
    }

    private final SkillTaxonomy taxonomy;
    private final ThreadLocal<Table> tables = ThreadLocal.withInitial(Table::new);

    SkillNames(SkillTaxonomy taxonomy) {
        this.taxonomy = taxonomy;
    }

    /**
     * Reads a cell whose names are separated by {@code ;}, {@code |} or {@code ,}; false (and
     * nothing told) for a list in brackets, which {@link SkillList#parse} reads.
     */
    boolean read(String cell, Sink sink) {
        int from = 0;
        int to = cell.length();
        while (from < to && Character.isWhitespace(cell.charAt(from))) {
            from++;
        }
        while (to > from && Character.isWhitespace(cell.charAt(to - 1))) {
            to--;
        }
        if (to - from >= 2 && cell.charAt(from) == '[' && cell.charAt(to - 1) == ']') {
            return false;
        }
        char delimiter = has(cell, ';', from, to) ? ';' : has(cell, '|', from, to) ? '|' : ',';
        Table table = tables.get();
        int start = from;
        while (start <= to) {
            int end = cell.indexOf(delimiter, start);
            if (end < 0 || end > to) {
                end = to;
            }
            name(cell, start, end, table, sink);
            start = end + 1;
        }
        return true;
    }

    private static boolean has(String s, char c, int from, int to) {
        int at = s.indexOf(c, from);
        return at >= 0 && at < to;
    }

    private void name(String cell, int from, int to, Table table, Sink sink) {
        while (from < to && Character.isWhitespace(cell.charAt(from))) {
            from++;
        }
        while (to > from && Character.isWhitespace(cell.charAt(to - 1))) {
            to--;
        }
        if (from == to) {
            return;
        }
        int slot = table.find(cell, from, to);
        Object known = table.values[slot];
        String raw;
        if (table.keys[slot] != null) {
            raw = table.keys[slot];
        } else {
            raw = cell.substring(from, to);
            known = Text.isMissing(raw) ? DROPPED : taxonomy.canonical(raw);
            table.put(slot, raw, known);
        }
        if (known != DROPPED) {
            sink.name(raw, (String) known);
        }
    }

    /** Names by their characters: open addressing, the slot from the name's String hash. */
    private static final class Table {
        String[] keys = new String[1 << 10];
        Object[] values = new Object[1 << 10];
        int size;

        /** The slot holding the name cell[from, to), or the free slot where it would go. */
        int find(String cell, int from, int to) {
            int h = 0;
            for (int i = from; i < to; i++) {
                h = 31 * h + cell.charAt(i);
            }
            int mask = keys.length - 1;
            int length = to - from;
            for (int slot = (int) (((h * 0x9E3779B97F4A7C15L) >>> 32) & mask); ; slot = (slot + 1) & mask) {
                String key = keys[slot];
                if (key == null || key.hashCode() == h && key.length() == length && cell.startsWith(key, from)) {
                    return slot;
                }
            }
        }

        void put(int slot, String key, Object value) {
            if (size >= LIMIT) {
                return;
            }
            keys[slot] = key;
            values[slot] = value;
            if (++size * 2 > keys.length) {
                String[] oldKeys = keys;
                Object[] oldValues = values;
                keys = new String[oldKeys.length * 2];
                values = new Object[oldKeys.length * 2];
                for (int i = 0; i < oldKeys.length; i++) {
                    if (oldKeys[i] != null) {
                        int at = find(oldKeys[i], 0, oldKeys[i].length());
                        keys[at] = oldKeys[i];
                        values[at] = oldValues[i];
                    }
                }
            }
        }
    }
}
