package io.postings.input;

import java.io.IOException;

/** An input that cannot be read at all: missing, unreadable, corrupt or not a dump. */
public final class InputException extends IOException {
    private static final long serialVersionUID = 1L;

    public InputException(String message) {
        super(message);
    }

    public InputException(String message, Throwable cause) {
        super(message, cause);
    }
}
