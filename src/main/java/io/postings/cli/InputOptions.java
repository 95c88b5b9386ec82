package io.postings.cli;

import io.postings.engine.aggregate.Aggregation;
import io.postings.engine.pass.Deduplicator;
import io.postings.engine.pass.Pipeline;
import io.postings.engine.aggregate.PostingFilter;
import io.postings.input.CsvQuote;
import io.postings.input.InputOpener;
import io.postings.input.RejectListener;
import io.postings.input.Source;
import io.postings.normalize.ColumnMap;
import io.postings.normalize.Field;
import io.postings.normalize.Normalizer;
import io.postings.normalize.RoleTaxonomy;
import io.postings.normalize.SalaryRules;
import io.postings.normalize.SkillJoin;
import io.postings.normalize.SkillTaxonomy;
import io.postings.normalize.TaxonomyHashes;
import io.postings.report.TaxonomyVersions;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
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

    @Option(names = "--map", paramLabel = "FIELD=COLUMN",
            description = "Take a field from a named column, e.g. --map salary=pay_text. Repeatable.")
    Map<String, String> map = new LinkedHashMap<>();

    @Option(names = "--roles", paramLabel = "FILE",
            description = "Role taxonomy file replacing the default; +FILE extends it instead.")
    String rolesFile;

    @Option(names = "--skills", paramLabel = "FILE",
            description = "Skill taxonomy file replacing the default; +FILE extends it instead.")
    String skillsFile;

    @Option(names = "--skills-file", paramLabel = "FILE",
            description = "Skills in a separate long table, one (posting id, skill) row each, such as the Kaggle "
                    + "LinkedIn dump's job_skills.csv (job_id, skill_abr): joined by posting id, for postings whose "
                    + "own skills cell is empty. Held in memory while the inputs are read.")
    String skillTableFile;

    @Option(names = "--quote", paramLabel = "CHAR|none",
            description = "The CSV quote character, or none for exports that never quote (their quotes are text). "
                    + "Default: the double quote, unless the first rows show the file never quotes.")
    String quote;

    @Option(names = "--join", paramLabel = "COLUMNS",
            description = "Join the --skills-file table by these fields instead of the posting id, for tables "
                    + "without one, e.g. --join title,company.")
    String join;

    @Option(names = "--dedupe", paramLabel = "MODE", defaultValue = "id",
            description = "id: same input id is one posting (always on); content: also same company, title, "
                    + "location and description. Default: ${DEFAULT-VALUE}.")
    String dedupe;

    @Option(names = "--hours-per-year", paramLabel = "N", defaultValue = "" + io.postings.report.Parameters.DEFAULT_HOURS_PER_YEAR,
            description = "Hours in a working year, to annualize hourly pay. Default: ${DEFAULT-VALUE}.")
    int hoursPerYear;

    @Option(names = "--include-estimated",
            description = "Count salaries the source marks as its own estimate (Glassdoor est., Adzuna predicted).")
    boolean includeEstimated;

    @Option(names = {"-q", "--quiet"},
            description = "No progress indicator (it is only ever shown on a terminal, for inputs that take over a second).")
    boolean quiet;

    @Option(names = "--rejects", paramLabel = "FILE",
            description = "Write every rejected row to FILE as CSV (file,line,reason,raw), so that nothing is lost; "
                    + "put in place only when the run succeeds.")
    Path rejectsFile;

    @Option(names = "--strict",
            description = "Stop at the first damaged row (rejected, not UTF-8, unreadable salary) with its file:line; exit 3.")
    boolean strict;

    @Mixin
    SelectionOptions selection = new SelectionOptions();

    @Spec(Spec.Target.MIXEE)
    CommandSpec command;

    /** Told what the one pass sees, as {@code inspect} needs it; nothing by default. */
    Pipeline.Observer observer = new Pipeline.Observer() { };

    /** The inputs to read: the files given, else the bundled sample (named as in the repository). */
    List<Source> sources() {
        if (files.stream().filter("-"::equals).count() > 1) {
            throw new UsageException("standard input (-) can be read only once; it is named " 
                    + files.stream().filter("-"::equals).count() + " times");
        }
        if (!files.isEmpty()) {
            return files.stream().map(Source::of).toList();
        }
        return List.of(new Source(defaultSample().toString(), DEFAULT_SAMPLE));
    }

    /** The inputs' names, as reports show them. */
    List<String> inputNames() {
        return sources().stream().map(Source::name).toList();
    }

    /** The bundled sample: beside the launcher (postings.home), else in the working directory. */
    static Path defaultSample() {
        String home = System.getProperty("postings.home");
        return home != null ? Path.of(home).resolve(DEFAULT_SAMPLE) : Path.of(DEFAULT_SAMPLE);
    }

    Deduplicator.Mode dedupeMode() {
        return switch (dedupe.toLowerCase(Locale.ROOT)) {
            case "id" -> Deduplicator.Mode.ID;
            case "content" -> Deduplicator.Mode.CONTENT;
            default -> throw new UsageException("--dedupe must be id or content, not '" + dedupe + "'");
        };
    }

    /** --quote: sniffed when not given. */
    CsvQuote quoting() {
        if (quote == null) {
            return CsvQuote.AUTO;
        }
        try {
            return CsvQuote.of(quote);
        } catch (IllegalArgumentException e) {
            throw new UsageException(e.getMessage());
        }
    }

    /** --join: the fields the skills table is joined by (default: the posting id). */
    List<Field> joinFields() {
        if (join == null) {
            return List.of(Field.ID);
        }
        if (skillTableFile == null) {
            throw new UsageException("--join needs --skills-file");
        }
        List<Field> fields = new ArrayList<>();
        for (String name : join.split(",")) {
            Field f = Field.of(name);
            if (f == null) {
                throw new UsageException("--join: unknown field '" + name.strip() + "'; fields are " + fieldNames());
            }
            fields.add(f);
        }
        return List.copyOf(fields);
    }

    RoleTaxonomy roleTaxonomy() throws IOException {
        return RoleTaxonomy.load(checkedFile(rolesFile, "--roles"));
    }

    /**
     * Tells the run's guard every file this command reads and writes (the inputs, the taxonomy
     * and skills files, --rejects, and the --out of the same command), before any work: an
     * output that would replace one of them is a usage error.
     */
    void claimFiles() {
        OutputGuard guard = OutputGuard.of(command);
        for (Source source : sources()) {
            guard.reads("input", source.path());
        }
        guard.reads("--roles", taxonomyPath(rolesFile));
        guard.reads("--skills", taxonomyPath(skillsFile));
        guard.reads("--skills-file", skillTableFile);
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

    private static String taxonomyPath(String spec) {
        return spec == null ? null : spec.startsWith("+") ? spec.substring(1) : spec;
    }

    Normalizer normalizer() throws IOException {
        return normalizer(roleTaxonomy());
    }

    /** The normalizer with this role taxonomy (loaded once, and used to resolve role options first). */
    Normalizer normalizer(RoleTaxonomy roles) throws IOException {
        claimFiles();
        joinFields();
        if (hoursPerYear <= 0) {
            throw new UsageException("--hours-per-year must be positive");
        }
        Map<Field, String> overrides = new EnumMap<>(Field.class);
        map.forEach((field, column) -> {
            Field f = Field.of(field);
            if (f == null) {
                throw new UsageException("--map: unknown field '" + field + "'; fields are " + fieldNames());
            }
            try {
                ColumnMap.Spec.parse(column);
            } catch (IllegalArgumentException e) {
                throw new UsageException("--map " + field + "=" + column + ": " + e.getMessage());
            }
            overrides.put(f, column);
        });
        return new Normalizer(new ColumnMap(overrides), roles,
                SkillTaxonomy.load(checkedFile(skillsFile, "--skills")),
                new SalaryRules(hoursPerYear, includeEstimated), skillJoin());
    }

    /** The --skills-file table, read before the inputs (standard input stays theirs). */
    private SkillJoin skillJoin() throws IOException {
        if (skillTableFile == null) {
            return SkillJoin.NONE;
        }
        if ("-".equals(skillTableFile)) {
            throw new UsageException("--skills-file must name a file, not standard input");
        }
        return SkillJoin.load(new InputOpener(InputStream.nullInputStream()).quoting(quoting()), Source.of(skillTableFile),
                joinFields());
    }

    Aggregation aggregate(Normalizer normalizer, InputStream stdin) throws IOException {
        return aggregate(normalizer, stdin, err());
    }

    /** The command's standard error, or null outside a command line (a command built by check). */
    PrintWriter err() {
        return command == null ? null : command.commandLine().getErr();
    }

    /**
     * One pass over the inputs, with a progress indicator on {@code err} when on a terminal and not --quiet.
     * With --rejects the rejected rows stream to a temporary file, put in place only when the command succeeds.
     */
    Aggregation aggregate(Normalizer normalizer, InputStream stdin, PrintWriter err) throws IOException {
        RejectsFile rejects = rejectsFile == null ? null : new RejectsFile(rejectsFile);
        try {
            Aggregation agg = aggregate(normalizer, stdin, err, rejects == null ? RejectListener.IGNORE : rejects);
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

    private Aggregation aggregate(Normalizer normalizer, InputStream stdin, PrintWriter err, RejectListener rejects)
            throws IOException {
        List<Source> sources = sources();
        PostingFilter filter = selection.filter();
        if (err == null || !Terminal.current().progress(quiet)) {
            return new Pipeline(new InputOpener(stdin).quoting(quoting()), normalizer, dedupeMode()).strict(strict)
                    .rejects(rejects).filter(filter).observe(observer).run(sources);
        }
        ProgressMeter meter = new ProgressMeter(err, totalBytes(sources), System::nanoTime);
        try {
            return new Pipeline(new InputOpener(stdin, meter::bytes).quoting(quoting()), normalizer, dedupeMode())
                    .progress(meter).strict(strict).rejects(rejects).filter(filter).observe(observer).run(sources);
        } finally {
            meter.done();
        }
    }

    /** The parameters to record in a report, with this run's input settings. */
    io.postings.report.Parameters parameters(int top, int minN, int topK, int minPostings) {
        return new io.postings.report.Parameters(top, minN, topK, hoursPerYear, includeEstimated,
                dedupeMode().name().toLowerCase(Locale.ROOT), minPostings, map, rolesFile, skillsFile, skillTableFile);
    }

    TaxonomyVersions taxonomyVersions() throws IOException {
        return TaxonomyHashes.of(checkedFile(rolesFile, "--roles"), checkedFile(skillsFile, "--skills"));
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

    private static String checkedFile(String spec, String option) {
        if (spec == null) {
            return null;
        }
        Path path = Path.of(spec.startsWith("+") ? spec.substring(1) : spec);
        if (!Files.exists(path)) {
            throw new UsageException(option + ": no such file " + path);
        }
        return spec;
    }

    private static String fieldNames() {
        List<String> names = new ArrayList<>();
        for (Field f : Field.values()) {
            names.add(f.key());
        }
        return String.join(", ", names);
    }
}
