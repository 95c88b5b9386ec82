package io.postings.input;

import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;

/** {@code head}, then the rest of {@code tail}: a line read ahead, put back before the rest of the input. */
final class JoinedReader extends Reader {
    private final Reader head;
    private final Reader tail;
    private boolean inTail;

    JoinedReader(String head, Reader tail) {
        this.head = new StringReader(head);
        this.tail = tail;
    }

    @Override
    public int read(char[] buf, int off, int len) throws IOException {
        if (!inTail) {
            int n = head.read(buf, off, len);
            if (n > 0) {
                return n;
            }
            inTail = true;
        }
        return tail.read(buf, off, len);
    }

    @Override
    public void close() throws IOException {
        tail.close();
    }
}
