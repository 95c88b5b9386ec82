package io.postings.normalize;

import java.util.AbstractSet;
import java.util.Arrays;
import java.util.Iterator;
import java.util.NoSuchElementException;

/**
 * A posting's skills, each once, in the order first added: an array and a count. A posting
 * names a handful of skills, so a linear scan (canonical names are shared instances, so mostly
 * an identity test) beats a hash set, and the one pass made a LinkedHashSet, its entries and
 * its iterator for every posting: a quarter of all it allocated (docs/performance.md).
 */
public sealed class SkillSet extends AbstractSet<String> permits NamedSkills {
    private String[] names;
    private int size;

    public SkillSet() {
        this(8);
    }

    public SkillSet(int capacity) {
        names = new String[Math.max(1, capacity)];
    }

    @Override
    public boolean add(String name) {
        if (name == null) {
            throw new NullPointerException("skill");
        }
        if (contains(name)) {
            return false;
        }
        if (size == names.length) {
            names = Arrays.copyOf(names, size * 2);
        }
        names[size++] = name;
        return true;
    }

    @Override
    public boolean contains(Object o) {
        for (int i = 0; i < size; i++) {
            if (names[i] == o) {
                return true;
            }
        }
        for (int i = 0; i < size; i++) {
            if (names[i].equals(o)) {
                return true;
            }
        }
        return false;
    }

    /** The {@code i}th skill in the order added: lets the hot loop walk the set without an iterator. */
    public String get(int i) {
        if (i >= size) {
            throw new IndexOutOfBoundsException(i);
        }
        return names[i];
    }

    @Override
    public int size() {
        return size;
    }

    @Override
    public Iterator<String> iterator() {
        return new Iterator<>() {
            private int next;

            @Override
            public boolean hasNext() {
                return next < size;
            }

            @Override
            public String next() {
                if (next >= size) {
                    throw new NoSuchElementException();
                }
                return names[next++];
            }
        };
    }
}
