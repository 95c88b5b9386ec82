package io.postings.cli;

import io.postings.render.JsonRenderer;
import io.postings.render.MarkdownRenderer;
import io.postings.render.Renderer;
import io.postings.render.TableRenderer;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.file.Path;
import java.util.Locale;
import picocli.CommandLine.Option;

/** Where and how a command writes its report. */
final class OutputOptions {
    @Option(names = {"-f", "--format"}, paramLabel = "FORMAT", defaultValue = "table",
            description = "table (aligned text), json (exact values, versioned schema) or markdown. Default: ${DEFAULT-VALUE}.")
    String format;

    @Option(names = {"-o", "--out"}, paramLabel = "FILE",
            description = "Write to FILE (atomically: a temporary file renamed into place) instead of standard output.")
    Path out;

    Renderer renderer() {
        return switch (format.toLowerCase(Locale.ROOT)) {
            case "table", "text" -> new TableRenderer();
            case "json" -> new JsonRenderer();
            case "markdown", "md" -> new MarkdownRenderer();
            default -> throw new UsageException("--format must be table, json or markdown, not '" + format + "'");
        };
    }

    /** Something that renders into a writer. */
    @FunctionalInterface
    interface Body {
        void write(Writer out) throws IOException;
    }

    void write(PrintWriter stdout, Body body) throws IOException {
        if (out == null) {
            body.write(stdout);
            stdout.flush();
        } else {
            AtomicFile.write(out, body::write);
        }
    }
}
