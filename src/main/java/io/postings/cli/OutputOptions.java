package io.postings.cli;

import io.postings.render.Format;
import io.postings.render.Style;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.file.Path;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** Where and how a command writes its report. */
final class OutputOptions {
    @Option(order = HelpOptions.OUTPUT, names = {"-f", "--format"}, paramLabel = "FORMAT", defaultValue = "table",
            description = "table (aligned text), json (exact values, versioned schema) or markdown. Default: ${DEFAULT-VALUE}.")
    String format;

    @Option(order = HelpOptions.OUTPUT, names = {"-o", "--out"}, paramLabel = "FILE",
            description = "Write to FILE (atomically: a temporary file renamed into place; a device or pipe is written "
                    + "through) instead of standard output; - is standard output.")
    Path out;

    @Spec(Spec.Target.MIXEE)
    CommandSpec command;

    private static final Choices<Format> FORMATS = Choices.<Format>of("--format")
            .add(Format.TEXT, "table", "text").add(Format.JSON, "json").add(Format.MARKDOWN, "markdown", "md");

    /** The chosen format, which carries its writer (see {@link Format}). */
    Format kind() {
        return FORMATS.parse(format);
    }

    /** Colour and width limits only for a terminal, never for a file given with --out. */
    Style style() {
        return toStandardOutput() ? Terminal.current().style() : Style.PLAIN;
    }

    /** Writes a report record in the chosen format: its document as text or Markdown, or the record as JSON. */
    void write(PrintWriter stdout, Object report) throws IOException {
        Format chosen = kind();
        write(stdout, w -> chosen.write(report, style(), w));
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
