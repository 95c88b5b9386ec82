package io.postings.cli;

import io.postings.engine.aggregate.Aggregation;
import io.postings.engine.pass.Pipeline;
import io.postings.engine.pass.ReadSettings;
import io.postings.engine.pass.Reading;
import io.postings.input.InputOpener;
import io.postings.input.RejectListener;
import io.postings.input.Source;
import io.postings.normalize.Normalizer;
import io.postings.normalize.TaxonomySpec;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** The options every command that reads postings shares: inputs, column mapping, taxonomies, rules. */
final class InputOptions {
    static final String DEFAULT_SAMPLE = "samples/postings.csv.gz";

    @Parameters(paramLabel = "FILE", arity = "0..*",
            description = "CSV, JSON or JSON Lines dumps, gzipped or not; - for standard input. "
                    + "Default: the bundled sample (" + DEFAULT_SAMPLE + ").")
    List<String> files = new ArrayList<>();

    @Option(order = HelpOptions.INPUT, names = "--map", paramLabel = "FIELD=COLUMN",
            description = "Take a field from a named column, e.g. --map salary=pay_text. Repeatable.")
    Map<String, String> map = new LinkedHashMap<>();

    @Option(order = HelpOptions.INPUT, names = "--roles", paramLabel = "FILE",
            description = "Role taxonomy file replacing the default; +FILE extends it instead.")
    String rolesFile;

    @Option(order = HelpOptions.INPUT, names = "--skills", paramLabel = "FILE",
            description = "Skill taxonomy file replacing the default; +FILE extends it instead.")
    String skillsFile;

    @Option(order = HelpOptions.INPUT, names = "--skills-file", paramLabel = "FILE",
            description = "Skills in a separate long table, one (posting id, skill) row each, such as the Kaggle "
                    + "LinkedIn dump's job_skills.csv (job_id, skill_abr): joined by posting id, for postings whose "
                    + "own skills cell is empty. Held in memory while the inputs are read.")
    String skillTableFile;

    @Option(order = HelpOptions.INPUT, names = "--quote", paramLabel = "CHAR|none",
            description = "The CSV quote character, or none for exports that never quote (their quotes are text). "
                    + "Default: the double quote, unless the first rows show the file never quotes.")
    String quote;

    @Option(order = HelpOptions.INPUT, names = "--join", paramLabel = "COLUMNS",
            description = "Join the --skills-file table by these fields instead of the posting id, for tables "
                    + "without one, e.g. --join title,company.")
    String join;

    @Option(order = HelpOptions.INPUT, names = "--dedupe", paramLabel = "MODE", defaultValue = "id",
            description = "id: same input id is one posting (always on); content: also same company, title, "
                    + "location and description. Default: ${DEFAULT-VALUE}.")
    String dedupe;

    @Option(order = HelpOptions.INPUT, names = "--hours-per-year", paramLabel = "N", defaultValue = "" + io.postings.report.Parameters.DEFAULT_HOURS_PER_YEAR,
            description = "Hours in a working year, to annualize hourly pay. Default: ${DEFAULT-VALUE}.")
    int hoursPerYear;

    @Option(order = HelpOptions.INPUT, names = "--include-estimated",
            description = "Count salaries the source marks as its own estimate (Glassdoor est., Adzuna predicted).")
    boolean includeEstimated;

    @Option(order = HelpOptions.INPUT, names = {"-q", "--quiet"},
            description = "No progress indicator (it is only ever shown on a terminal, for inputs that take over a second).")
    boolean quiet;

    @Option(order = HelpOptions.INPUT, names = "--rejects", paramLabel = "FILE",
            description = "Write every rejected row to FILE as CSV (file,line,reason,raw), so that nothing is lost; "
                    + "put in place only when the run succeeds.")
    Path rejectsFile;

    @Option(order = HelpOptions.INPUT, names = "--strict",
            description = "Stop at the first damaged row (rejected, not UTF-8, unreadable salary) with its file:line; exit 3.")
    boolean strict;

    @Option(order = HelpOptions.INPUT, names = "--threads", paramLabel = "N",
            description = "Threads that normalize the rows, beside the one that reads and the one that counts; any N "
                    + "gives the same numbers. Default: one per core, at most " + Pipeline.MAX_PREPARE_THREADS + ".")
    Integer threads;

    static final int MAX_THREADS = 64;

    @Mixin
    SelectionOptions selection = new SelectionOptions();

    @Spec(Spec.Target.MIXEE)
    CommandSpec command;

    /** Settings given whole rather than by the options ({@code check} replays a saved report's). */
    private ReadSettings preset;
    private Reading reading;

    /** Options that read with {@code settings} (check: the parameters a report recorded). */
    static InputOptions preset(CommandSpec command, ReadSettings settings, boolean quiet) {
        InputOptions input = new InputOptions();
        input.command = command;
        input.preset = settings;
        input.quiet = quiet;
        return input;
    }

    /** The run's settings, from the options; a setting that cannot be is a usage error (Main maps SettingsException). */
    ReadSettings settings() {
        if (preset != null) {
            return preset;
        }
        return new ReadSettings(sources(), map, TaxonomySpec.parse(rolesFile), TaxonomySpec.parse(skillsFile),
                skillTableFile, quote, join, hoursPerYear, includeEstimated, ReadSettings.dedupe(dedupe), strict,
                selection.selection());
    }

    /** What builds the run's normalizer and pass (its role taxonomy loaded once). */
    Reading reading() {
        if (reading == null) {
            reading = new Reading(settings());
        }
        return reading;
    }

    private List<Source> sources() {
        return sources(files);
    }

    /** The inputs to read: the files given, else the bundled sample (named as in the repository). */
    static List<Source> sources(List<String> files) {
        if (files.stream().filter("-"::equals).count() > 1) {
            throw new UsageException("standard input (-) can be read only once; it is named " 
                    + files.stream().filter("-"::equals).count() + " times");
        }
        if (!files.isEmpty()) {
            return files.stream().map(Source::of).toList();
        }
        return List.of(new Source(defaultSample().toString(), DEFAULT_SAMPLE));
    }

    /** The bundled sample: beside the launcher (postings.home), else in the working directory. */
    static Path defaultSample() {
        String home = System.getProperty("postings.home");
        return home != null ? Path.of(home).resolve(DEFAULT_SAMPLE) : Path.of(DEFAULT_SAMPLE);
    }

    /**
     * Tells the run's guard every file this command reads and writes (the inputs, the taxonomy
     * and skills files, --rejects, and the --out of the same command), before any work: an
     * output that would replace one of them is a usage error.
     */
    private void claimFiles(ReadSettings settings) {
        OutputGuard guard = OutputGuard.of(command);
        for (Source source : settings.sources()) {
            guard.reads("input", source.path());
        }
        guard.reads("--roles", settings.roles().file());
        guard.reads("--skills", settings.skills().file());
        guard.reads("--skills-file", settings.skillTable());
        if (rejectsFile != null && "-".equals(rejectsFile.toString())) {
            throw new UsageException("--rejects must name a file: standard output carries the report");
        }
        guard.writes("--rejects", rejectsFile);
        if (command != null) {
            for (CommandSpec mixin : command.mixins().values()) {
                if (mixin.userObject() instanceof OutputOptions output) {
                    output.claim();
                }
            }
        }
    }

    /** The command's standard error, or null outside a command line. */
    PrintWriter err() {
        return command == null ? null : command.commandLine().getErr();
    }

    /**
     * One pass over the inputs, with a progress indicator on standard error when on a terminal and not --quiet,
     * telling {@code observer} what it sees. With --rejects the rejected rows stream to a temporary file, put in
     * place only when the command succeeds.
     */
    Aggregation aggregate(Reading reading, InputStream stdin, Pipeline.Observer observer) throws IOException {
        int prepareThreads = prepareThreads();
        claimFiles(reading.settings());
        // A taxonomy file that is not there fails here as a usage error (Main maps SettingsException).
        Normalizer normalizer = reading.normalizer();
        RejectsFile rejects = rejectsFile == null ? null : new RejectsFile(rejectsFile);
        try {
            Aggregation agg = aggregate(reading, normalizer, prepareThreads, stdin, observer,
                    rejects == null ? RejectListener.IGNORE : rejects);
            String unmapped = normalizer.columns().missingMappedColumn();
            if (unmapped != null) {
                throw new UsageException(unmapped);
            }
            if (rejects != null) {
                PendingFiles.hold(command, rejects);
            }
            return agg;
        } catch (IOException | RuntimeException e) {
            if (rejects != null) {
                rejects.discard();
            }
            throw e;
        }
    }

    /** --threads, checked: how many threads prepare records in the pass. */
    int prepareThreads() {
        if (threads == null) {
            return Pipeline.defaultPrepareThreads();
        }
        if (threads < 1 || threads > MAX_THREADS) {
            throw new UsageException("--threads must be from 1 to " + MAX_THREADS + ", not " + threads);
        }
        return threads;
    }

    private Aggregation aggregate(Reading reading, Normalizer normalizer, int prepareThreads, InputStream stdin,
            Pipeline.Observer observer, RejectListener rejects) throws IOException {
        List<Source> sources = reading.settings().sources();
        PrintWriter err = err();
        if (err == null || !Terminal.current().progress(quiet)) {
            return reading.pipeline(new InputOpener(stdin), normalizer).prepareThreads(prepareThreads).rejects(rejects)
                    .observe(observer).run(sources);
        }
        ProgressMeter meter = new ProgressMeter(err, totalBytes(sources), System::nanoTime);
        try {
            return reading.pipeline(new InputOpener(stdin, meter::bytes), normalizer).prepareThreads(prepareThreads)
                    .progress(meter).rejects(rejects)
                    .observe(observer).run(sources);
        } finally {
            meter.done();
        }
    }

    /** The inputs' total size in bytes, or -1 when one of them is standard input. */
    private static long totalBytes(List<Source> sources) {
        long total = 0;
        for (Source source : sources) {
            try {
                if ("-".equals(source.path())) {
                    return -1;
                }
                total += Files.size(Path.of(source.path()));
            } catch (IOException | RuntimeException e) {
                return -1; // the pipeline reports the unreadable file properly
            }
        }
        return total;
    }
}
