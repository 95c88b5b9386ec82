package io.postings.render;

import io.postings.render.Document.Gap;
import io.postings.render.Document.Heading;
import io.postings.render.Document.Items;
import io.postings.render.Document.Paragraph;
import io.postings.render.Document.Table;
import io.postings.render.TextTable.Align;

/**
 * A {@link Document} as GitHub-flavoured Markdown, for pasting into an article or a pull
 * request: headings, paragraphs, bullet lists and pipe tables, blocks one blank line apart.
 * Every piece of text is escaped (see {@link #escape}) so input cannot break a table or inject
 * markup; only the Markdown blocks the tool writes itself pass as they are.
 */
public final class MarkdownWriter {

    /*
     * Intervals are written "$146,000 – $155,000" with spaces: a "$" right after a non-space
     * could close a "$...$" math span on renderers that support one (GitHub does).
     */
    static final String RANGE = " – ";

    public String write(Document document) {
        StringBuilder text = new StringBuilder();
        for (Document.Block block : document.blocks()) {
            if (block instanceof Heading h) {
                block(text, ("#".repeat(h.level()) + " " + text(h.title())).stripTrailing() + "\n");
            } else if (block instanceof Paragraph p) {
                block(text, text(p.text()) + "\n");
            } else if (block instanceof Items list) {
                StringBuilder items = new StringBuilder();
                list.items().forEach(item -> items.append("- ").append(text(item)).append('\n'));
                block(text, items.toString());
            } else if (block instanceof Table table) {
                block(text, table(table));
            } else if (block instanceof Document.Markdown markdown) {
                if (markdown.items()) {
                    StringBuilder items = new StringBuilder();
                    markdown.lines().forEach(item -> items.append("- ").append(item.strip()).append('\n'));
                    block(text, items.toString());
                } else {
                    block(text, markdown.markdown().strip() + "\n");
                }
            } else if (!(block instanceof Gap)) {
                throw new IllegalArgumentException("unknown block " + block);
            }
        }
        return text.toString();
    }

    private static void block(StringBuilder text, String block) {
        if (text.length() > 0) {
            text.append('\n');
        }
        text.append(block);
    }

    private static String text(String text) {
        return escape(text.replace(Document.RANGE, RANGE)).strip();
    }

    private static String table(Table table) {
        StringBuilder out = new StringBuilder();
        line(out, table.headers().toArray(String[]::new));
        out.append('|');
        for (Align align : table.aligns()) {
            out.append(align == Align.RIGHT ? "--:" : "---").append('|');
        }
        out.append('\n');
        for (String[] row : table.cells()) {
            line(out, row);
        }
        return out.toString();
    }

    private static void line(StringBuilder out, String[] cells) {
        out.append('|');
        for (String cell : cells) {
            String text = cell == null ? "" : text(cell);
            out.append(text.isEmpty() ? " " : " " + text + " ").append('|');
        }
        out.append('\n');
    }

    /**
     * Text made inert inside a GitHub-flavoured Markdown table cell, heading or paragraph:
     * control characters go as in {@link TextTable#clean} (so a newline becomes a space and
     * cannot end a table row), {@code |} cannot split a cell, and what could start emphasis,
     * strikethrough, a code span, a link or HTML is backslash-escaped, which renders literally.
     * The backslash itself is escaped so that input ending in one cannot escape our pipe.
     * {@code _} inside a word and {@code <} before anything but a tag or autolink start are left
     * alone, since they cannot start markup and keep keys like {@code out_of_range} readable.
     */
    static String escape(String text) {
        String clean = TextTable.clean(text);
        StringBuilder out = new StringBuilder(clean.length() + 8);
        for (int i = 0; i < clean.length(); i++) {
            char ch = clean.charAt(i);
            char before = i > 0 ? clean.charAt(i - 1) : ' ';
            char after = i + 1 < clean.length() ? clean.charAt(i + 1) : ' ';
            boolean markup = switch (ch) {
                case '\\', '|', '*', '`', '[', ']', '~' -> true;
                case '_' -> !(Character.isLetterOrDigit(before) && Character.isLetterOrDigit(after));
                case '<' -> isAsciiLetter(after) || after == '/' || after == '!' || after == '?';
                default -> false;
            };
            if (markup) {
                out.append('\\');
            }
            out.append(ch);
        }
        return out.toString();
    }

    private static boolean isAsciiLetter(char ch) {
        return (ch >= 'a' && ch <= 'z') || (ch >= 'A' && ch <= 'Z');
    }
}
