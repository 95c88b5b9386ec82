package io.postings.render;

import io.postings.render.TextTable.Align;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * A report as format-neutral blocks: headings, paragraphs, item lists, aligned tables and
 * gaps. The document builders ({@code *Document}) make it once from the report records, and
 * {@link TextWriter} and {@link MarkdownWriter} draw it, so the text and Markdown forms of an
 * output cannot drift apart. Text in it is plain and untrusted; each writer makes it safe.
 */
public final class Document {

    /** How a paragraph is shown where the format can colour it (a verdict: drift or pass). */
    public enum Tone { PLAIN, GOOD, BAD }

    /**
     * Stands between the two ends of a range ("$146,000 – $155,000"): each writer spells it
     * (Markdown needs spaces, see {@link MarkdownWriter#RANGE}). Made of NULs, which a writer
     * replaces before it cleans control characters, so no input can pass for it.
     */
    static final String RANGE = "\u0000–\u0000";

    /** One block of the document. */
    sealed interface Block permits Heading, Paragraph, Items, Gap, Table, Markdown {
    }

    /**
     * A heading; {@code level} 1 is the title. {@code flatTitle} is how it reads in a format that
     * does not nest headings (plain text), where its parent heading is not shown; null when only
     * nesting formats show it (a heading that just groups the ones below it).
     */
    record Heading(int level, String title, String flatTitle) implements Block {
    }

    record Paragraph(String text, Tone tone) implements Block {
    }

    /** A list; {@code marked} items carry a bullet in plain text too (else they read as lines). */
    record Items(List<String> items, boolean marked) implements Block {
    }

    /** A blank line where plain text wants one to set lines apart; Markdown separates every block already. */
    record Gap() implements Block {
    }

    /** Markdown the tool writes itself (an image link, code spans): only the Markdown writer takes it. */
    record Markdown(String markdown, boolean items, List<String> lines) implements Block {
    }

    private final List<Block> blocks = new ArrayList<>();

    List<Block> blocks() {
        return Collections.unmodifiableList(blocks);
    }

    Document heading(int level, String title) {
        return heading(level, title, title);
    }

    Document heading(int level, String title, String flatTitle) {
        blocks.add(new Heading(level, title, flatTitle));
        return this;
    }

    Document paragraph(String text) {
        return paragraph(text, Tone.PLAIN);
    }

    Document paragraph(String text, Tone tone) {
        blocks.add(new Paragraph(text, tone));
        return this;
    }

    /** Paragraph when not null (the optional lines: a selection, rows left out). */
    Document paragraphIfAny(String text) {
        return text == null ? this : paragraph(text);
    }

    /** Items shown as lines in plain text, as a bullet list in Markdown. */
    Document items(List<String> items) {
        blocks.add(new Items(List.copyOf(items), false));
        return this;
    }

    /** Items shown with a bullet in every format. */
    Document bullets(List<String> items) {
        blocks.add(new Items(List.copyOf(items), true));
        return this;
    }

    Document gap() {
        blocks.add(new Gap());
        return this;
    }

    Document table(Table table) {
        blocks.add(table);
        return this;
    }

    /** Markdown the tool wrote, such as an image link: never input text. */
    Document markdown(String markdown) {
        blocks.add(new Markdown(markdown, false, List.of()));
        return this;
    }

    /** A bullet list whose items are Markdown the tool wrote, any input text in them escaped already. */
    Document markdownItems(List<String> items) {
        blocks.add(new Markdown(null, true, List.copyOf(items)));
        return this;
    }

    /** An aligned table: a header per column, each column left- or right-aligned; a null cell is empty. */
    static final class Table implements Block {
        private final List<String> headers = new ArrayList<>();
        private final List<Align> aligns = new ArrayList<>();
        private final List<String[]> rows = new ArrayList<>();

        Table left(String header) {
            return column(header, Align.LEFT);
        }

        Table right(String header) {
            return column(header, Align.RIGHT);
        }

        Table column(String header, Align align) {
            if (!rows.isEmpty()) {
                throw new IllegalStateException("columns must be added before rows");
            }
            headers.add(header);
            aligns.add(align);
            return this;
        }

        Table row(String... cells) {
            if (cells.length != headers.size()) {
                throw new IllegalArgumentException(
                        "row has " + cells.length + " cells, table has " + headers.size() + " columns");
            }
            rows.add(cells.clone());
            return this;
        }

        Table rows(List<String[]> cells) {
            cells.forEach(this::row);
            return this;
        }

        List<String> headers() {
            return Collections.unmodifiableList(headers);
        }

        List<Align> aligns() {
            return Collections.unmodifiableList(aligns);
        }

        List<String[]> cells() {
            return Collections.unmodifiableList(rows);
        }
    }
}
