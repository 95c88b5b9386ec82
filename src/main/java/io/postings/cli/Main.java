package io.postings.cli;

import io.postings.engine.pass.SettingsException;
import io.postings.input.InputException;
import io.postings.render.TextTable;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import picocli.AutoComplete;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * Entry point, and the one place failures become exit codes and one-line messages
 * (a stack trace only with --verbose).
 */
@Command(name = "postings", mixinStandardHelpOptions = true, versionProvider = Main.Version.class,
        description = "Job-market numbers from dumps of job postings.",
        footer = {"", "Exit codes: 0 ok, 1 check found drift, 2 usage, 3 input cannot be read, 4 output cannot be written,",
                "5 out of memory, 70 internal error."})
public final class Main {
    /** The commands, in the order help lists them. */
    private static final List<Class<?>> COMMANDS = List.of(CompareCommand.class, ReportCommand.class, CheckCommand.class,
            MatrixCommand.class, SkillsCommand.class, RolesCommand.class, ProfileCommand.class, ProfilesCommand.class,
            TrendCommand.class, InspectCommand.class, GenerateCommand.class);

    @Option(names = "--verbose", order = HelpOptions.VERBOSE, scope = CommandLine.ScopeType.INHERIT,
            description = "Print the stack trace of a failure.")
    boolean verbose;

    /** Files this run wrote aside, put in place only when its command succeeds. */
    final PendingFiles pending = new PendingFiles();

    public static void main(String[] args) {
        System.exit(run(args));
    }

    static int run(String... args) {
        // Not System.out: a PrintStream swallows the error of a closed pipe and the command would run on.
        return run(new FileOutputStream(FileDescriptor.out), args);
    }

    /** As {@link #run(String...)} with standard output going to {@code stdout}. */
    static int run(OutputStream stdout, String... args) {
        CommandLine cli = commandLine(args);
        cli.setOut(new PrintWriter(new StandardOutput(stdout)));
        cli.setErr(new PrintWriter(new OutputStreamWriter(System.err, StandardCharsets.UTF_8), true));
        int code = cli.execute(args);
        try {
            cli.getOut().flush();
        } catch (RuntimeException e) {
            return code == ExitCodes.OK ? fail(e, cli.getErr(), false) : code;
        }
        return code;
    }

    /** The configured command line with every command, without I/O streams: tests set their own writers. */
    public static CommandLine commandLine() {
        return commandLine(COMMANDS);
    }

    /**
     * The command line for these arguments: when they name one of the commands, only that one
     * is built. picocli reads every command's annotations when it is added, and building all
     * eleven was most of the tool's start-up after the JVM's own (docs/performance.md); help,
     * completion and a mistyped name get them all.
     */
    static CommandLine commandLine(String... args) {
        for (String arg : args) {
            if (arg.startsWith("-")) {
                continue;
            }
            for (Class<?> command : COMMANDS) {
                if (arg.equals(command.getAnnotation(Command.class).name())) {
                    return commandLine(List.of(command));
                }
            }
            break;
        }
        return commandLine(COMMANDS);
    }

    private static CommandLine commandLine(List<Class<?>> commands) {
        Main main = new Main();
        CommandLine cli = new CommandLine(main);
        for (Class<?> command : commands) {
            cli.addSubcommand(command);
        }
        if (commands.size() == COMMANDS.size()) {
            cli.addSubcommand(AutoComplete.GenerateCompletion.class);
            cli.addSubcommand(CommandLine.HelpCommand.class);
            // picocli's completion script generator: hidden by default; listed here, with examples like every command.
            cli.getSubcommands().get("generate-completion").getCommandSpec().usageMessage()
                    .hidden(false)
                    .description("Print a bash/zsh completion script for postings.")
                    .footer("", "Examples:",
                            "  source <(postings generate-completion)                 # this shell",
                            "  postings generate-completion > /etc/bash_completion.d/postings");
        }
        cli.setCaseInsensitiveEnumValuesAllowed(true);
        cli.setExecutionStrategy(parsed -> {
            try {
                int code = new CommandLine.RunLast().execute(parsed);
                if (code == ExitCodes.OK || code == ExitCodes.DIFFERENT) {
                    main.pending.commit();
                }
                return code;
            } catch (OutputException | StandardOutput.BrokenPipe | UncheckedIOException | OutOfMemoryError
                    | StackOverflowError e) {
                // Failures outside a command's call: committing files, printing help to a closed pipe, no memory.
                return fail(e, cli.getErr(), isVerbose(parsed));
            } finally {
                main.pending.discard();
            }
        });
        cli.setExecutionExceptionHandler((e, cmd, parsed) -> fail(e, cmd.getErr(), isVerbose(parsed)));
        cli.setParameterExceptionHandler((e, args) -> {
            PrintWriter err = e.getCommandLine().getErr();
            err.println("postings: " + TextTable.clean(e.getMessage()));
            err.println("Try '" + e.getCommandLine().getCommandSpec().qualifiedName() + " --help' for more.");
            err.flush();
            return ExitCodes.USAGE;
        });
        return cli;
    }

    private static boolean isVerbose(CommandLine.ParseResult parsed) {
        return parsed.matchedOption("--verbose") != null
                || parsed.subcommands().stream().anyMatch(p -> p.matchedOption("--verbose") != null);
    }

    /**
     * A failure as one line on standard error (and its stack trace with --verbose), and its exit
     * code. A closed standard output is no failure: nothing is printed, the exit code is 0.
     */
    static int fail(Throwable e, PrintWriter err, boolean verbose) {
        Throwable failure = unwrapped(e);
        if (failure instanceof StandardOutput.BrokenPipe) {
            return ExitCodes.OK;
        }
        // Messages carry file names and values from the input: no control characters to the terminal.
        err.println("postings: " + TextTable.clean(messageOf(failure)));
        if (verbose) {
            e.printStackTrace(err);
        }
        err.flush();
        return exitCodeOf(failure);
    }

    /**
     * The I/O failure inside an unchecked wrapper (listeners and writers cannot throw checked
     * ones), or the closed standard output wherever it is in the chain: Jackson wraps what a
     * writer throws in its own exceptions.
     */
    private static Throwable unwrapped(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof StandardOutput.BrokenPipe) {
                return t;
            }
        }
        return e instanceof UncheckedIOException && e.getCause() != null ? e.getCause() : e;
    }

    static int exitCodeOf(Throwable e) {
        e = unwrapped(e);
        if (e instanceof StandardOutput.BrokenPipe) {
            return ExitCodes.OK;
        }
        // A setting that cannot be: a bad --map or --dedupe when the settings are made, a --roles
        // file that is not there when it is first read.
        if (e instanceof UsageException || e instanceof SettingsException) {
            return ExitCodes.USAGE;
        }
        if (e instanceof OutputException) {
            return ExitCodes.OUTPUT;
        }
        if (e instanceof OutOfMemoryError) {
            return ExitCodes.MEMORY;
        }
        if (e instanceof InputException || e instanceof java.io.IOException || e instanceof java.io.UncheckedIOException) {
            return ExitCodes.INPUT;
        }
        return ExitCodes.INTERNAL;
    }

    private static String messageOf(Throwable e) {
        if (e instanceof UsageException || e instanceof SettingsException || e instanceof InputException
                || e instanceof OutputException) {
            return e.getMessage();
        }
        if (e instanceof OutOfMemoryError) {
            return "out of memory: try a larger heap, -Xmx2g with java -jar, or POSTINGS_JAVA_OPTS=-Xmx2g with the"
                    + " launcher (" + e.getMessage() + ")";
        }
        if (e instanceof java.io.IOException || e instanceof java.io.UncheckedIOException) {
            return "cannot read input: " + e.getMessage();
        }
        return "internal error: " + e + " (run with --verbose for details and please report it)";
    }

    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            return new String[] {"postings " + io.postings.report.Tool.current().version()};
        }
    }
}
