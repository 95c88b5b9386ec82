package io.postings.render;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * A small aligned plain-text table: a header row, a rule of dashes under it, then the rows;
 * columns two spaces apart, each left- or right-aligned, no trailing spaces, {@code \n}
 * line ends. Cell values may come from untrusted input, so control characters are removed
 * before they reach a terminal (see {@link #clean}).
 */
public final class TextTable {

    /** Where a cell's text sits inside its column. */
    public enum Align { LEFT, RIGHT }

    private static final String GAP = "  ";

    private final List<String> headers = new ArrayList<>();
    private final List<Align> aligns = new ArrayList<>();
    private final List<String[]> rows = new ArrayList<>();

    /** Adds a column; all columns must be added before the first row. */
    public TextTable column(String header, Align align) {
        if (!rows.isEmpty()) {
            throw new IllegalStateException("columns must be added before rows");
        }
        headers.add(clean(header));
        aligns.add(align);
        return this;
    }

    /** Adds a row with one value per column; null is shown as an empty cell. */
    public TextTable row(String... cells) {
        if (cells.length != headers.size()) {
            throw new IllegalArgumentException(
                    "row has " + cells.length + " cells, table has " + headers.size() + " columns");
        }
        rows.add(Arrays.stream(cells).map(c -> c == null ? "" : clean(c)).toArray(String[]::new));
        return this;
    }

    public boolean isEmpty() {
        return rows.isEmpty();
    }

    /** The table as text, every line ending in {@code \n}. */
    public String render() {
        return render(0);
    }

    /**
     * As {@link #render()}, with lines no wider than {@code maxWidth} terminal columns where the
     * table allows: the widest left-aligned (text) columns give up width, their cells cut with an
     * ellipsis, down to {@value #MIN_SHRUNK} columns each; numbers are never cut. 0 means no limit.
     */
    public String render(int maxWidth) {
        int[] widths = new int[headers.size()];
        for (int c = 0; c < widths.length; c++) {
            widths[c] = width(headers.get(c));
            for (String[] row : rows) {
                widths[c] = Math.max(widths[c], width(row[c]));
            }
        }
        if (maxWidth > 0) {
            shrink(widths, maxWidth);
        }
        StringBuilder out = new StringBuilder();
        line(out, headers.toArray(String[]::new), widths);
        String[] rule = new String[widths.length];
        for (int c = 0; c < widths.length; c++) {
            rule[c] = "-".repeat(widths[c]);
        }
        line(out, rule, widths);
        for (String[] row : rows) {
            line(out, row, widths);
        }
        return out.toString();
    }

    /** Narrowest a text column is shrunk to by {@link #render(int)}. */
    static final int MIN_SHRUNK = 8;

    private void shrink(int[] widths, int maxWidth) {
        int total = GAP.length() * Math.max(0, widths.length - 1);
        for (int w : widths) {
            total += w;
        }
        while (total > maxWidth) {
            int widest = -1;
            for (int c = 0; c < widths.length; c++) {
                if (aligns.get(c) == Align.LEFT && widths[c] > MIN_SHRUNK && (widest < 0 || widths[c] > widths[widest])) {
                    widest = c;
                }
            }
            if (widest < 0) {
                return;
            }
            widths[widest]--;
            total--;
        }
    }

    /** The cell cut to {@code width} columns, ending in an ellipsis when cut. */
    private static String fit(String cell, int width) {
        if (width(cell) <= width) {
            return cell;
        }
        StringBuilder out = new StringBuilder();
        int used = 0;
        for (int i = 0; i < cell.length(); ) {
            int cp = cell.codePointAt(i);
            int w = width(new String(Character.toChars(cp)));
            if (used + w > width - 1) {
                break;
            }
            out.appendCodePoint(cp);
            used += w;
            i += Character.charCount(cp);
        }
        return out.append('…').toString();
    }

    private void line(StringBuilder out, String[] cells, int[] widths) {
        int start = out.length();
        for (int c = 0; c < cells.length; c++) {
            if (c > 0) {
                out.append(GAP);
            }
            String cell = fit(cells[c], widths[c]);
            String pad = " ".repeat(widths[c] - width(cell));
            if (aligns.get(c) == Align.RIGHT) {
                out.append(pad).append(cell);
            } else {
                out.append(cell).append(pad);
            }
        }
        // Padding of a short last cell (or empty trailing cells) would leave trailing spaces.
        int end = out.length();
        while (end > start && out.charAt(end - 1) == ' ') {
            end--;
        }
        out.setLength(end);
        out.append('\n');
    }

    /**
     * The value made safe and single-line for a terminal: C0 controls, DEL and C1 controls
     * are removed (an ESC could recolour or rewrite the terminal), except that the line-breaking
     * and tab ones become a space so words stay apart; bidirectional embedding, override and
     * isolate characters are removed too, since they can visually reorder a table row.
     */
    public static String clean(String value) {
        if (value == null) {
            return "";
        }
        StringBuilder out = null;
        for (int i = 0; i < value.length(); i++) {
            char ch = value.charAt(i);
            boolean breaking = ch == '\t' || ch == '\n' || ch == '\r' || ch == '\u000B' || ch == '\f'
                    || ch == '\u0085' || ch == '\u2028' || ch == '\u2029';
            boolean dropped = !breaking && (ch < 0x20 || (ch >= 0x7F && ch <= 0x9F)
                    || (ch >= '\u202A' && ch <= '\u202E') || (ch >= '\u2066' && ch <= '\u2069'));
            if (breaking || dropped) {
                if (out == null) {
                    out = new StringBuilder(value.length()).append(value, 0, i);
                }
                if (breaking) {
                    out.append(' ');
                }
            } else if (out != null) {
                out.append(ch);
            }
        }
        return out == null ? value : out.toString();
    }

    /**
     * Terminal columns the text takes: combining marks and format characters take none, East
     * Asian wide and fullwidth characters (CJK, Hangul, fullwidth forms, most emoji) take two.
     */
    static int width(String text) {
        int width = 0;
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            i += Character.charCount(cp);
            int type = Character.getType(cp);
            if (type == Character.NON_SPACING_MARK || type == Character.ENCLOSING_MARK
                    || type == Character.FORMAT) {
                continue;
            }
            width += isWide(cp) ? 2 : 1;
        }
        return width;
    }

    // The wide ranges of Unicode's East Asian Width property, as wcwidth implementations list them:
    // pairs of first and last code point.
    private static final int[] WIDE = {
        0x1100, 0x115F, 0x2E80, 0x303E, 0x3041, 0x33FF, 0x3400, 0x4DBF, 0x4E00, 0x9FFF, 0xA000, 0xA4CF,
        0xAC00, 0xD7A3, 0xF900, 0xFAFF, 0xFE30, 0xFE4F, 0xFF00, 0xFF60, 0xFFE0, 0xFFE6, 0x1F300, 0x1F64F,
        0x1F900, 0x1F9FF, 0x20000, 0x2FFFD, 0x30000, 0x3FFFD};

    private static boolean isWide(int cp) {
        for (int i = 0; i < WIDE.length; i += 2) {
            if (cp >= WIDE[i] && cp <= WIDE[i + 1]) {
                return true;
            }
        }
        return false;
    }
}
