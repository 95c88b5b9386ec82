package io.postings.cli;

/** The tool's exit codes (documented in the README). */
public final class ExitCodes {
    public static final int OK = 0;
    /** Reserved for checks that find a difference (e.g. numbers that drifted). */
    public static final int DIFFERENT = 1;
    /** The command line is wrong: unknown option, role, field or format. */
    public static final int USAGE = 2;
    /** An input cannot be read: missing, unreadable, truncated, corrupt or not a dump. */
    public static final int INPUT = 3;
    /** An output cannot be written. */
    public static final int OUTPUT = 4;
    /** The Java heap ran out: the run needs a larger -Xmx (POSTINGS_JAVA_OPTS for the launcher). */
    public static final int MEMORY = 5;
    /** A bug: please report it with the --verbose stack trace. */
    public static final int INTERNAL = 70;

    private ExitCodes() {
    }
}
