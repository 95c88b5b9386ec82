package io.postings.cli;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import picocli.CommandLine;

/** Runs the CLI in-process through picocli, capturing standard output and error. */
final class Cli {
    private Cli() {
    }

    record Result(int code, String out, String err) {
    }

    /** As the launcher runs it: only the command the arguments name is built (see {@link #runWithAll}). */
    static Result run(String... args) {
        return run(Main.commandLine(args), args);
    }

    /** With every command built, as for help and completion. */
    static Result runWithAll(String... args) {
        return run(Main.commandLine(), args);
    }

    private static Result run(CommandLine cli, String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        cli.setOut(new PrintWriter(out));
        cli.setErr(new PrintWriter(err));
        int code = cli.execute(args);
        cli.getOut().flush();
        cli.getErr().flush();
        return new Result(code, out.toString(), err.toString());
    }

    /** A fixture's path relative to the project (tests run there), so golden files carry no machine paths. */
    static String resource(String name) {
        String path = "src/test/resources/cli/" + name;
        if (!Files.isRegularFile(Path.of(path))) {
            throw new IllegalStateException("missing fixture " + path);
        }
        return path;
    }
}
