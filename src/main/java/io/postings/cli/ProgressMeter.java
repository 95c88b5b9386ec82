package io.postings.cli;

import io.postings.engine.pass.Pipeline;
import io.postings.render.Numbers;
import java.io.PrintWriter;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.LongSupplier;

/**
 * A one-line progress indicator on standard error for long inputs: bytes read (of the total
 * when the inputs are files), rows, rows per second and the time left. It draws nothing for
 * the first second, so short runs stay silent, and redraws at most four times a second;
 * {@link #done()} erases it. Bytes are raw bytes (compressed ones for gzip), which is what
 * the file sizes add up to.
 */
final class ProgressMeter implements Pipeline.Progress {
    static final long DELAY_NANOS = 1_000_000_000L;
    static final long INTERVAL_NANOS = 250_000_000L;

    private final PrintWriter err;
    private final long totalBytes;
    private final LongSupplier clock;
    private final long start;
    private final AtomicLong bytes = new AtomicLong();
    private long lastDraw;
    private int drawnLength;

    /** @param totalBytes the inputs' size, or -1 when unknown (standard input) */
    ProgressMeter(PrintWriter err, long totalBytes, LongSupplier clock) {
        this.err = err;
        this.totalBytes = totalBytes;
        this.clock = clock;
        this.start = clock.getAsLong();
        this.lastDraw = start;
    }

    /** Called by the input as it reads raw bytes. */
    void bytes(long n) {
        bytes.addAndGet(n);
    }

    @Override
    public void rows(long rowsRead) {
        long now = clock.getAsLong();
        if (now - start < DELAY_NANOS || now - lastDraw < INTERVAL_NANOS) {
            return;
        }
        lastDraw = now;
        String line = line(rowsRead, bytes.get(), now - start);
        // Pad over a longer previous line instead of relying on terminal erase sequences.
        err.print("\r" + line + " ".repeat(Math.max(0, drawnLength - line.length())));
        err.flush();
        drawnLength = line.length();
    }

    /** Erases the indicator, if it was drawn. */
    void done() {
        if (drawnLength > 0) {
            err.print("\r" + " ".repeat(drawnLength) + "\r");
            err.flush();
            drawnLength = 0;
        }
    }

    String line(long rows, long bytesRead, long elapsedNanos) {
        double seconds = elapsedNanos / 1e9;
        StringBuilder out = new StringBuilder("reading ").append(megabytes(bytesRead));
        if (totalBytes > 0) {
            out.append(" of ").append(megabytes(totalBytes))
                    .append(" (").append(Numbers.percent(Math.min(bytesRead, totalBytes), totalBytes)).append(')');
        }
        out.append(", ").append(Numbers.count(rows)).append(" rows, ")
                .append(Numbers.count(Math.round(rows / seconds))).append(" rows/s");
        if (totalBytes > 0 && bytesRead > 0 && bytesRead < totalBytes) {
            long left = Math.round((totalBytes - bytesRead) * seconds / bytesRead);
            out.append(", ").append(String.format(Locale.ROOT, "%d:%02d", left / 60, left % 60)).append(" left");
        }
        return out.toString();
    }

    private static String megabytes(long bytes) {
        return String.format(Locale.ROOT, "%.1f MB", bytes / 1e6);
    }
}
