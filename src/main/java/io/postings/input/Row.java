package io.postings.input;

import java.util.AbstractList;
import java.util.AbstractMap;
import java.util.AbstractSet;
import java.util.HashMap;
import java.util.Iterator;
import java.util.Map;
import java.util.Set;

/**
 * A CSV row as a read-only map from column name to cell, over the file's one header index:
 * no map is built per row. Iterates in header order; a repeated column name keeps its first cell.
 */
final class Row extends AbstractMap<String, String> implements Cells {

    /** A header's column names and where each first occurs, shared by all rows of a file. */
    static final class Header {
        final String[] names;
        final Map<String, Integer> index = new HashMap<>();
        final int[] firsts;

        Header(String[] names) {
            this.names = names;
            for (int i = 0; i < names.length; i++) {
                index.putIfAbsent(names[i], i);
            }
            firsts = index.values().stream().mapToInt(Integer::intValue).sorted().toArray();
        }
    }

    private final Header header;
    private final String[] cells;
    /** Bit i: cell i is known to be plain ASCII. */
    private final long ascii;

    Row(Header header, String[] cells) {
        this(header, cells, 0);
    }

    Row(Header header, String[] cells, long ascii) {
        this.header = header;
        this.cells = cells;
        this.ascii = ascii;
    }

    @Override
    public boolean isAscii(int index) {
        return index < 64 && (ascii & (1L << index)) != 0;
    }

    @Override
    public String get(Object key) {
        Integer i = header.index.get(key);
        return i == null ? null : cells[i];
    }

    @Override
    public int columnIndex(String column) {
        Integer i = header.index.get(column);
        return i == null ? -1 : i;
    }

    @Override
    public String cell(int index) {
        return cells[index];
    }

    @Override
    public boolean containsKey(Object key) {
        return header.index.containsKey(key);
    }

    @Override
    public int size() {
        return header.firsts.length;
    }

    @Override
    public Set<Entry<String, String>> entrySet() {
        return new AbstractSet<>() {
            @Override
            public Iterator<Entry<String, String>> iterator() {
                return new AbstractList<Entry<String, String>>() {
                    @Override
                    public Entry<String, String> get(int k) {
                        int i = header.firsts[k];
                        return new SimpleImmutableEntry<>(header.names[i], cells[i]);
                    }

                    @Override
                    public int size() {
                        return header.firsts.length;
                    }
                }.iterator();
            }

            @Override
            public int size() {
                return header.firsts.length;
            }
        };
    }
}
