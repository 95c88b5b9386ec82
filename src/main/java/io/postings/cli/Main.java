package io.postings.cli;

import io.postings.input.InputException;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * Entry point, and the one place failures become exit codes and one-line messages
 * (a stack trace only with --verbose).
 */
@Command(name = "postings", mixinStandardHelpOptions = true, versionProvider = Main.Version.class,
        description = "Job-market numbers from dumps of job postings.",
        subcommands = {CompareCommand.class, RolesCommand.class, GenerateCommand.class,
                CommandLine.HelpCommand.class},
        footer = {"", "Exit codes: 0 ok, 2 usage, 3 input cannot be read, 4 output cannot be written, 70 internal error."})
public final class Main {
    @Option(names = "--verbose", scope = CommandLine.ScopeType.INHERIT,
            description = "Print the stack trace of a failure.")
    boolean verbose;

    public static void main(String[] args) {
        System.exit(run(args));
    }

    static int run(String... args) {
        CommandLine cli = commandLine();
        cli.setOut(new PrintWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8)));
        cli.setErr(new PrintWriter(new OutputStreamWriter(System.err, StandardCharsets.UTF_8), true));
        int code = cli.execute(args);
        cli.getOut().flush();
        return code;
    }

    /** The configured command line, without I/O streams: tests set their own writers. */
    public static CommandLine commandLine() {
        CommandLine cli = new CommandLine(new Main());
        cli.setCaseInsensitiveEnumValuesAllowed(true);
        cli.setExecutionExceptionHandler((e, cmd, parsed) -> {
            boolean verbose = parsed.matchedOption("--verbose") != null
                    || parsed.subcommands().stream().anyMatch(p -> p.matchedOption("--verbose") != null);
            PrintWriter err = cmd.getErr();
            err.println("postings: " + messageOf(e));
            if (verbose) {
                e.printStackTrace(err);
            }
            err.flush();
            return exitCodeOf(e);
        });
        cli.setParameterExceptionHandler((e, args) -> {
            PrintWriter err = e.getCommandLine().getErr();
            err.println("postings: " + e.getMessage());
            err.println("Try '" + e.getCommandLine().getCommandSpec().qualifiedName() + " --help' for more.");
            err.flush();
            return ExitCodes.USAGE;
        });
        return cli;
    }

    static int exitCodeOf(Throwable e) {
        if (e instanceof UsageException) {
            return ExitCodes.USAGE;
        }
        if (e instanceof OutputException) {
            return ExitCodes.OUTPUT;
        }
        if (e instanceof InputException || e instanceof java.io.IOException || e instanceof java.io.UncheckedIOException) {
            return ExitCodes.INPUT;
        }
        return ExitCodes.INTERNAL;
    }

    private static String messageOf(Throwable e) {
        if (e instanceof UsageException || e instanceof InputException || e instanceof OutputException) {
            return e.getMessage();
        }
        if (e instanceof java.io.IOException || e instanceof java.io.UncheckedIOException) {
            return "cannot read input: " + e.getMessage();
        }
        return "internal error: " + e + " (run with --verbose for details and please report it)";
    }

    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            String v = Main.class.getPackage().getImplementationVersion();
            return new String[] {"postings " + (v == null ? "dev" : v)};
        }
    }
}
