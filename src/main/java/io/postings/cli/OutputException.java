package io.postings.cli;

import java.io.IOException;

/** An output that cannot be written. Exit code 4. */
public final class OutputException extends IOException {
    private static final long serialVersionUID = 1L;

    public OutputException(String message, Throwable cause) {
        super(message, cause);
    }
}
