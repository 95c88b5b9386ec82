package io.postings.cli;

/** A command line that names something that does not exist (an unknown role, field or format). Exit code 2. */
public final class UsageException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public UsageException(String message) {
        super(message);
    }
}
