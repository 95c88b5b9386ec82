package io.postings.render;

import io.postings.render.MarkdownRenderer.Doc;
import io.postings.render.MarkdownRenderer.Table;
import io.postings.render.TableRenderer.Page;
import io.postings.render.TextTable.Align;
import java.util.ArrayList;
import java.util.List;

/**
 * A page as a list of blocks (headings, lines, bullet lists, tables) written once and drawn
 * both as terminal text and as Markdown, so the two formats cannot drift apart.
 */
final class Blocks {
    private interface Block {
        void text(Page page);

        void markdown(Doc doc);
    }

    private final List<Block> blocks = new ArrayList<>();

    Blocks title(String title) {
        blocks.add(new Block() {
            public void text(Page page) {
                page.line(title);
            }

            public void markdown(Doc doc) {
                doc.heading(1, title);
            }
        });
        return this;
    }

    Blocks section(String title) {
        blocks.add(new Block() {
            public void text(Page page) {
                page.section(title);
            }

            public void markdown(Doc doc) {
                doc.heading(2, title);
            }
        });
        return this;
    }

    Blocks line(String line) {
        blocks.add(new Block() {
            public void text(Page page) {
                page.line(line);
            }

            public void markdown(Doc doc) {
                doc.paragraph(line);
            }
        });
        return this;
    }

    Blocks bullets(List<String> items) {
        blocks.add(new Block() {
            public void text(Page page) {
                items.forEach(item -> page.line("- " + item));
            }

            public void markdown(Doc doc) {
                doc.bullets(items);
            }
        });
        return this;
    }

    /** A table: {@code headers[i]} is right-aligned when {@code right[i]}. */
    Blocks table(List<String> headers, boolean[] right, List<String[]> rows) {
        blocks.add(new Block() {
            public void text(Page page) {
                TextTable table = new TextTable();
                for (int i = 0; i < headers.size(); i++) {
                    table.column(headers.get(i), right[i] ? Align.RIGHT : Align.LEFT);
                }
                rows.forEach(table::row);
                page.table(table);
            }

            public void markdown(Doc doc) {
                Table table = new Table();
                for (int i = 0; i < headers.size(); i++) {
                    if (right[i]) {
                        table.right(headers.get(i));
                    } else {
                        table.left(headers.get(i));
                    }
                }
                rows.forEach(table::row);
                doc.table(table);
            }
        });
        return this;
    }

    Page page(Style style) {
        Page page = new Page(style);
        blocks.forEach(b -> b.text(page));
        return page;
    }

    Doc markdown() {
        Doc doc = new Doc();
        blocks.forEach(b -> b.markdown(doc));
        return doc;
    }
}
