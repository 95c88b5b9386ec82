package io.postings.render;

import io.postings.render.Document.Gap;
import io.postings.render.Document.Heading;
import io.postings.render.Document.Items;
import io.postings.render.Document.Paragraph;
import io.postings.render.Document.Table;

/**
 * A {@link Document} as terminal text: the title as a line, every other heading as a section
 * (a blank line, then the title, bold when colour is on), aligned tables shortened to the
 * style's width, {@code \n} line ends. Free text passes through {@link TextTable#clean}, so no
 * input reaches a terminal with control characters. The output is built whole and returned,
 * so a failure while drawing leaves nothing half-written.
 */
public final class TextWriter {
    static final String RANGE = "–";

    private final Style style;

    public TextWriter(Style style) {
        this.style = style;
    }

    public String write(Document document) {
        StringBuilder text = new StringBuilder();
        for (Document.Block block : document.blocks()) {
            if (block instanceof Heading h) {
                if (h.flatTitle() != null && h.level() > 1) {
                    text.append('\n');
                    line(text, style.heading(clean(h.flatTitle())));
                } else if (h.flatTitle() != null) {
                    line(text, clean(h.flatTitle()));
                }
            } else if (block instanceof Paragraph p) {
                String line = clean(p.text());
                line(text, switch (p.tone()) {
                    case PLAIN -> line;
                    case GOOD -> style.good(line);
                    case BAD -> style.bad(line);
                });
            } else if (block instanceof Items list) {
                list.items().forEach(item -> line(text, clean((list.marked() ? "- " : "") + item)));
            } else if (block instanceof Gap) {
                text.append('\n');
            } else if (block instanceof Table table) {
                text.append(table(table).render(style.width()));
            } else {
                throw new IllegalArgumentException("Markdown the tool wrote has no text form");
            }
        }
        return text.toString();
    }

    private static void line(StringBuilder text, String line) {
        text.append(line).append('\n');
    }

    /** Cleaned for a terminal, trailing spaces dropped (before any colour, so its codes survive). */
    private static String clean(String text) {
        return TextTable.clean(spell(text)).stripTrailing();
    }

    private static String spell(String text) {
        return text == null ? null : text.replace(Document.RANGE, RANGE);
    }

    private static TextTable table(Table table) {
        TextTable out = new TextTable();
        for (int i = 0; i < table.headers().size(); i++) {
            out.column(spell(table.headers().get(i)), table.aligns().get(i));
        }
        for (String[] row : table.cells()) {
            String[] cells = new String[row.length];
            for (int i = 0; i < row.length; i++) {
                cells[i] = spell(row[i]);
            }
            out.row(cells);
        }
        return out;
    }
}
