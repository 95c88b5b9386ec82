package io.postings.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;

/**
 * Standard output as a writer that does not swallow failures the way PrintStream and
 * PrintWriter do: when the reader has gone ({@code postings generate | head}) the next
 * write throws {@link BrokenPipe}, which ends the command at once and quietly (exit 0);
 * any other write failure (a full disk) is an output error. Unchecked, so that it passes
 * through the PrintWriter picocli hands to commands.
 */
final class StandardOutput extends Writer {

    /** The reader of standard output has gone: not an error, the output is simply not wanted. */
    static final class BrokenPipe extends RuntimeException {
        private static final long serialVersionUID = 1L;

        BrokenPipe(IOException cause) {
            super("standard output closed", cause, false, false);
        }
    }

    private final Writer out;

    StandardOutput(OutputStream stream) {
        this.out = new OutputStreamWriter(stream, StandardCharsets.UTF_8);
    }

    @Override
    public void write(char[] buf, int off, int len) {
        try {
            out.write(buf, off, len);
        } catch (IOException e) {
            throw failure(e);
        }
    }

    @Override
    public void write(String s, int off, int len) {
        try {
            out.write(s, off, len);
        } catch (IOException e) {
            throw failure(e);
        }
    }

    @Override
    public void flush() {
        try {
            out.flush();
        } catch (IOException e) {
            throw failure(e);
        }
    }

    @Override
    public void close() {
        flush();
    }

    static RuntimeException failure(IOException e) {
        if (isBrokenPipe(e)) {
            return new BrokenPipe(e);
        }
        return new UncheckedIOException(new OutputException("standard output: cannot write (" + e.getMessage() + ")", e));
    }

    /** EPIPE as the JDK reports it (Linux and macOS "Broken pipe", Windows "The pipe is being closed"). */
    static boolean isBrokenPipe(IOException e) {
        String message = String.valueOf(e.getMessage()).toLowerCase(java.util.Locale.ROOT);
        return message.contains("broken pipe") || message.contains("pipe is being closed")
                || message.contains("pipe has been ended");
    }
}
