package io.postings.render;

import io.postings.report.CompareReport;
import io.postings.report.RolesReport;
import java.io.IOException;
import java.io.Writer;

/** {@code compare} and {@code roles} as Markdown: their documents through a {@link MarkdownWriter}. */
public final class MarkdownRenderer implements Renderer {

    @Override
    public void render(CompareReport report, Writer out) throws IOException {
        out.write(new MarkdownWriter().write(CompareDocument.compare(report)));
    }

    @Override
    public void render(RolesReport report, Writer out) throws IOException {
        out.write(new MarkdownWriter().write(CompareDocument.roles(report)));
    }
}
