package io.postings.cli;

import io.postings.render.JsonRenderer;
import io.postings.render.MarkdownRenderer;
import io.postings.render.Renderer;
import io.postings.render.Style;
import io.postings.render.TableRenderer;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.file.Path;
import java.util.Locale;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** Where and how a command writes its report. */
final class OutputOptions {
    @Option(names = {"-f", "--format"}, paramLabel = "FORMAT", defaultValue = "table",
            description = "table (aligned text), json (exact values, versioned schema) or markdown. Default: ${DEFAULT-VALUE}.")
    String format;

    @Option(names = {"-o", "--out"}, paramLabel = "FILE",
            description = "Write to FILE (atomically: a temporary file renamed into place; a device or pipe is written "
                    + "through) instead of standard output; - is standard output.")
    Path out;

    @Spec(Spec.Target.MIXEE)
    CommandSpec command;

    /** The output formats. */
    enum Kind { TABLE, JSON, MARKDOWN }

    Kind kind() {
        return switch (format.toLowerCase(Locale.ROOT)) {
            case "table", "text" -> Kind.TABLE;
            case "json" -> Kind.JSON;
            case "markdown", "md" -> Kind.MARKDOWN;
            default -> throw new UsageException("--format must be table, json or markdown, not '" + format + "'");
        };
    }

    Renderer renderer() {
        return switch (kind()) {
            case TABLE -> new TableRenderer(style());
            case JSON -> new JsonRenderer();
            case MARKDOWN -> new MarkdownRenderer();
        };
    }

    /** Colour and width limits only for a terminal, never for a file given with --out. */
    Style style() {
        return toStandardOutput() ? Terminal.current().style() : Style.PLAIN;
    }

    /**
     * Writes a report in the chosen format: the table and Markdown as its renderer draws them,
     * JSON from the record itself.
     */
    void write(PrintWriter stdout, Object report, java.util.function.Function<Style, String> table,
            java.util.function.Supplier<String> markdown) throws IOException {
        Kind kind = kind();
        write(stdout, w -> {
            switch (kind) {
                case TABLE -> w.write(table.apply(style()));
                case JSON -> JsonRenderer.write(report, w);
                case MARKDOWN -> w.write(markdown.get());
            }
        });
    }

    /** As above, to the command's standard output, drawn by the report's renderer functions. */
    <R> void write(R report, java.util.function.BiFunction<R, Style, String> table,
            java.util.function.Function<R, String> markdown) throws IOException {
        write(command.commandLine().getOut(), report, style -> table.apply(report, style), () -> markdown.apply(report));
    }

    /** Writes what {@code body} renders to the command's standard output or --out. */
    void write(Body body) throws IOException {
        write(command.commandLine().getOut(), body);
    }

    /** Something that renders into a writer. */
    @FunctionalInterface
    interface Body {
        void write(Writer out) throws IOException;
    }

    /**
     * Writes the report to standard output, or to {@code --out}: into a temporary file beside
     * it that is renamed into place only when the whole command has succeeded (with any other
     * file it wrote, such as --rejects), so a failure at any point leaves the old file as it was.
     */
    void write(PrintWriter stdout, Body body) throws IOException {
        if (toStandardOutput()) {
            body.write(stdout);
            stdout.flush();
            return;
        }
        PendingFiles.write(command, "--out", out, body::write);
    }

    /** No --out, or {@code -o -}: standard output. */
    boolean toStandardOutput() {
        return out == null || "-".equals(out.toString());
    }

    /** Tells the run's guard where the report goes, before any work, so a clash is found before the pass. */
    void claim() {
        if (!toStandardOutput()) {
            OutputGuard.of(command).writes("--out", out);
        }
    }
}
