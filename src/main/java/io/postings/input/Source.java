package io.postings.input;

/**
 * An input to read: where to open it ({@code path}, "-" for standard input) and the name it
 * goes by in messages and reports ({@code name}), which differ for the bundled sample so that
 * reports do not carry the machine's install path.
 */
public record Source(String path, String name) implements java.io.Serializable {

    public static Source of(String path) {
        return new Source(path, path);
    }
}
