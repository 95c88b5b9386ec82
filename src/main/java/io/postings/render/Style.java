package io.postings.render;

/**
 * How terminal output may look: ANSI colour or not, and the width tables must fit in (0: no
 * limit). {@link #PLAIN} is what every file, pipe and test gets; only an interactive terminal
 * gets more (see {@code cli.Terminal}).
 */
public record Style(boolean colour, int width) {

    public static final Style PLAIN = new Style(false, 0);

    private static final String RESET = "\u001b[0m";

    /** A section title: bold. */
    public String heading(String text) {
        return paint("\u001b[1m", text);
    }

    /** Something wrong, such as a drifted number: red. */
    public String bad(String text) {
        return paint("\u001b[31m", text);
    }

    /** Something fine, such as a check that passed: green. */
    public String good(String text) {
        return paint("\u001b[32m", text);
    }

    private String paint(String code, String text) {
        return colour && !text.isEmpty() ? code + text + RESET : text;
    }
}
