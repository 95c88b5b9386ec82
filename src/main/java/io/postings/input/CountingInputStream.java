package io.postings.input;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.function.LongConsumer;

/**
 * Reports the bytes read from the stream it wraps, for a progress indicator. It sits under
 * the read buffer, so it is called once per buffer fill, not per record.
 */
final class CountingInputStream extends FilterInputStream {
    private final LongConsumer bytesRead;

    CountingInputStream(InputStream in, LongConsumer bytesRead) {
        super(in);
        this.bytesRead = bytesRead;
    }

    @Override
    public int read() throws IOException {
        int b = super.read();
        if (b >= 0) {
            bytesRead.accept(1);
        }
        return b;
    }

    @Override
    public int read(byte[] buffer, int offset, int length) throws IOException {
        int n = super.read(buffer, offset, length);
        if (n > 0) {
            bytesRead.accept(n);
        }
        return n;
    }

    @Override
    public long skip(long n) throws IOException {
        long skipped = super.skip(n);
        if (skipped > 0) {
            bytesRead.accept(skipped);
        }
        return skipped;
    }
}
