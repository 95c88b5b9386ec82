package io.postings.input;

/**
 * A record's values by column position, for records that share a header ({@link RawRecord#shape()}):
 * a consumer works out a column's position once per layout and then reads cells without a
 * name lookup per row.
 */
public interface Cells {

    /** Where the column (lower-cased name) first occurs, or -1 when the layout has none. */
    int columnIndex(String column);

    /** The cell at a position {@link #columnIndex} gave. */
    String cell(int index);

    /** True when the cell is known to hold only ASCII characters (so no mojibake); false when unknown. */
    default boolean isAscii(int index) {
        return false;
    }
}
