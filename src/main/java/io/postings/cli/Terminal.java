package io.postings.cli;

import io.postings.render.Style;
import java.io.Console;
import java.lang.reflect.Method;
import java.util.Map;

/**
 * What the terminal the tool runs in allows, decided once from the environment:
 * <ul>
 * <li>interactive: {@link System#console()} is not null, which on JDK 17-21 means standard input
 *     and output are both a terminal; from JDK 22 on, where a console exists even for pipes,
 *     {@code Console.isTerminal()} must also say so. Java cannot ask about standard error alone,
 *     so {@code postings compare ... > out.txt} shows no progress even though stderr is a terminal;
 *     that errs on the quiet side.</li>
 * <li>colour: interactive and no {@code NO_COLOR} variable with a value (no-color.org).</li>
 * <li>table width: {@code COLUMNS} when interactive and set to a positive number (Java cannot read
 *     the terminal's size itself; shells keep COLUMNS unexported unless told); otherwise no limit.</li>
 * </ul>
 * Files, pipes and tests are never interactive, so their output is plain and byte-stable.
 */
record Terminal(boolean interactive, Map<String, String> env) {

    static Terminal current() {
        return new Terminal(isTerminal(System.console()), System.getenv());
    }

    boolean colour() {
        String noColor = env.get("NO_COLOR");
        return interactive && (noColor == null || noColor.isEmpty());
    }

    /** Columns tables must fit in; 0 for no limit. */
    int columns() {
        if (!interactive) {
            return 0;
        }
        String columns = env.get("COLUMNS");
        if (columns == null) {
            return 0;
        }
        try {
            int n = Integer.parseInt(columns.strip());
            return n > 0 ? n : 0;
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    /** Whether a progress indicator may be drawn on standard error. */
    boolean progress(boolean quiet) {
        return interactive && !quiet;
    }

    Style style() {
        return new Style(colour(), columns());
    }

    static boolean isTerminal(Console console) {
        if (console == null) {
            return false;
        }
        try {
            // JDK 22+: System.console() is no longer null for redirected streams; ask the console itself.
            Method isTerminal = Console.class.getMethod("isTerminal");
            return (Boolean) isTerminal.invoke(console);
        } catch (NoSuchMethodException e) {
            return true;
        } catch (ReflectiveOperationException | RuntimeException e) {
            return false;
        }
    }
}
