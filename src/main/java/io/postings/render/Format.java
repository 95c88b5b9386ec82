package io.postings.render;

import java.io.IOException;
import java.io.Writer;

/**
 * The output formats, each with its writer: text and Markdown draw the report's
 * {@link Document} (see {@link Documents} for which builder makes it), JSON writes the
 * record itself. A command hands its report record to the chosen format and nothing else.
 */
public enum Format {
    TEXT {
        @Override
        public void write(Object report, Style style, Writer out) throws IOException {
            out.write(new TextWriter(style).write(Documents.of(report)));
        }
    },
    MARKDOWN {
        @Override
        public void write(Object report, Style style, Writer out) throws IOException {
            out.write(new MarkdownWriter().write(Documents.of(report)));
        }
    },
    JSON {
        @Override
        public void write(Object report, Style style, Writer out) throws IOException {
            JsonRenderer.write(report, out);
        }
    };

    /** Writes any report record in this format; {@code style} only shapes terminal text. */
    public abstract void write(Object report, Style style, Writer out) throws IOException;
}
