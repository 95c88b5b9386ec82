package io.postings.render;

import io.postings.report.CompareReport;
import io.postings.report.RolesReport;
import java.io.IOException;
import java.io.Writer;

/** The terminal form of {@code compare} and {@code roles}: their documents through a {@link TextWriter}. */
public final class TableRenderer implements Renderer {

    private final TextWriter writer;

    /** Plain output: no colour, no width limit (files, pipes, tests). */
    public TableRenderer() {
        this(Style.PLAIN);
    }

    /** Output for a terminal: bold section titles when colour is on, tables shortened to its width. */
    public TableRenderer(Style style) {
        this.writer = new TextWriter(style);
    }

    @Override
    public void render(CompareReport report, Writer out) throws IOException {
        out.write(writer.write(CompareDocument.compare(report)));
    }

    @Override
    public void render(RolesReport report, Writer out) throws IOException {
        out.write(writer.write(CompareDocument.roles(report)));
    }
}
