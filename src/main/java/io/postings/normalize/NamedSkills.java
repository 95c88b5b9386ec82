package io.postings.normalize;

import io.postings.input.RawRecord;

/**
 * The skills named by a skills cell or the joined rows, gathered straight from the cell reader:
 * one object per posting (the set itself) instead of a set, its entries and a capturing callback.
 */
final class NamedSkills extends SkillSet implements SkillNames.Sink {
    private RawRecord record;
    private NormalizeListener listener;

    NamedSkills(RawRecord record, NormalizeListener listener) {
        this.record = record;
        this.listener = listener;
    }

    @Override
    public void name(String raw, String canonical) {
        add(Normalizer.mapped(raw, canonical, record, listener));
    }

    /** True when any skill was named; lets go of the record, which the posting must not keep alive. */
    boolean done() {
        record = null;
        listener = null;
        return !isEmpty();
    }
}
