package io.postings.render;
public interface Renderer {
    void render(io.postings.report.CompareReport report, java.io.Writer out) throws java.io.IOException;
    void render(io.postings.report.RolesReport report, java.io.Writer out) throws java.io.IOException;
}
