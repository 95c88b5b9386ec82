package io.postings.input;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * The SHA-256 and size of an input's raw bytes (compressed, as on disk), taken as the reader
 * reads them, so a report can say which dump it was made from without a second read. A reader
 * that closes its input when its records end (the JSON reader does) only marks it closed:
 * {@link #finish()} still reads what is left, and {@link #release()} closes it in the end.
 */
public final class Checksum extends FilterInputStream {
    private final MessageDigest digest;
    private long bytes;
    private boolean released;

    public Checksum(InputStream in) {
        super(in);
        try {
            digest = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform has SHA-256", e);
        }
    }

    /** What was read: the bytes' count and SHA-256 (hex). */
    public record Sum(long bytes, String sha256) {
    }

    @Override
    public int read() throws IOException {
        int b = in.read();
        if (b >= 0) {
            digest.update((byte) b);
            bytes++;
        }
        return b;
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
        int n = in.read(b, off, len);
        if (n > 0) {
            digest.update(b, off, n);
            bytes += n;
        }
        return n;
    }

    @Override
    public long skip(long n) throws IOException {
        // Skipped bytes are read, so that they count.
        byte[] buffer = new byte[(int) Math.min(n, 8192)];
        long skipped = 0;
        while (skipped < n) {
            int r = read(buffer, 0, (int) Math.min(buffer.length, n - skipped));
            if (r < 0) {
                break;
            }
            skipped += r;
        }
        return skipped;
    }

    @Override
    public boolean markSupported() {
        return false;
    }

    /** Left open for {@link #finish()}; {@link #release()} closes it. */
    @Override
    public void close() {
        // deferred
    }

    /** Closes the input, finished or not (a failed read must not drain a stream that may never end). */
    public void release() throws IOException {
        if (!released) {
            released = true;
            in.close();
        }
    }

    /**
     * Reads what the reader left (a JSON document's trailing newline, bytes after the last
     * record) and returns the sum of the whole input. Call once the reader is done with it.
     */
    public Sum finish() throws IOException {
        byte[] buffer = new byte[1 << 16];
        while (read(buffer, 0, buffer.length) >= 0) {
            // drained into the digest
        }
        Sum sum = new Sum(bytes, HexFormat.of().formatHex(digest.digest()));
        release();
        return sum;
    }
}
