package io.postings.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import io.postings.engine.pass.ReadSettings;
import io.postings.input.InputException;
import io.postings.normalize.TaxonomySpec;
import io.postings.render.JsonRenderer;
import io.postings.report.CheckReport;
import io.postings.report.CompareReport;
import io.postings.report.MatrixReport;
import io.postings.report.Parameters;
import io.postings.report.Selection;
import io.postings.report.SkillsReport;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "check", sortOptions = false, versionProvider = Main.Version.class,
        description = "Recompute a saved report (report.json, or compare, matrix or skills --format json) from the "
                + "parameters and roles it records, and print every value that changed: path, saved value, new value, "
                + "difference. Exit 1 when a value drifted, 0 when all match. The inputs are the ones the report names, "
                + "read from the working directory, unless FILEs are given.",
        footer = {"", "Examples:",
                "  postings check report/report.json",
                "  postings check numbers.json june.csv.gz     # same parameters, other data",
                "  postings check report/report.json --tolerance 0.005   # +-0.5 points, +-0.5%%",
                "  postings check report/report.json --only a.salary.median,pair.jaccard,a.top_skills[*].key",
                "  postings check report/report.json --money-tolerance 500 --share-tolerance 0.5 --count-tolerance 10",
                "",
                "Exit codes: 0 no drift, 1 drift, 2 usage, 3 a report or input cannot be read."})
final class CheckCommand implements Callable<Integer> {
    /** Reads numbers as exact decimals, so a saved 0.1 is 0.1 and not the nearest double. */
    private static final ObjectMapper EXACT = JsonMapper.builder()
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .nodeFactory(JsonNodeFactory.withExactBigDecimals(true))
            .build();

    @Spec
    CommandSpec spec;

    @picocli.CommandLine.Parameters(index = "0", paramLabel = "EXPECTED.json",
            description = "A report saved by report (report.json) or by compare, matrix or skills with --format json.")
    Path expected;

    @picocli.CommandLine.Parameters(index = "1..*", arity = "0..*", paramLabel = "FILE",
            description = "Read these inputs instead of the ones the report names.")
    List<String> files = new ArrayList<>();

    @Option(names = "--tolerance", paramLabel = "FRACTION", defaultValue = "0",
            description = "How far numbers may move and still pass: shares by this much (0.01 = one percentage point), "
                    + "medians, premiums and ratios by this fraction of the saved value (0.01 = 1%%). Counts always "
                    + "match exactly. Default: ${DEFAULT-VALUE}.")
    double tolerance;

    @Option(names = "--money-tolerance", paramLabel = "USD",
            description = "How many dollars medians, interval bounds, premiums and the salary gap may move (absolute: a "
                    + "premium near zero does not fail on a small move of its baseline).")
    Double moneyTolerance;

    @Option(names = "--count-tolerance", paramLabel = "N",
            description = "How much counts (postings, rows, skills' postings, salaries' n) may move. Default: exact.")
    Double countTolerance;

    @Option(names = "--share-tolerance", paramLabel = "POINTS",
            description = "How many percentage points shares, Jaccard, percentages and p-values may move (0.5 = half a point).")
    Double shareTolerance;

    @Option(names = "--only", split = ",", paramLabel = "PATH",
            description = "Check only these values: paths as check prints them, * for any text in a step, a section "
                    + "for all under it (a.salary.median,pair.jaccard,a.top_skills[*].key). Repeatable.")
    List<String> only;

    @Option(names = "--checks", paramLabel = "FILE",
            description = "Paths to check, one a line (# starts a comment), as --only takes them: what an article quotes.")
    Path checksFile;

    @Option(names = {"-q", "--quiet"}, description = "No progress indicator.")
    boolean quiet;

    @Option(names = "--allow-outside",
            description = "Read the files the report names (inputs, taxonomies) even when they are outside the working "
                    + "directory. Off by default: the report may come from a pull request.")
    boolean allowOutside;

    @Mixin
    OutputOptions output;

    @Mixin
    HelpOptions help;

    @Override
    public Integer call() throws Exception {
        if (!(tolerance >= 0 && tolerance < 1)) {
            throw new UsageException("--tolerance must be at least 0 and below 1, not " + tolerance);
        }
        for (Double t : new Double[] {moneyTolerance, countTolerance, shareTolerance}) {
            if (t != null && !(t >= 0 && t < Double.POSITIVE_INFINITY)) {
                throw new UsageException("--money-tolerance, --count-tolerance and --share-tolerance must be at least 0");
            }
        }
        output.kind(); // a bad --format fails before the input is read
        OutputGuard.of(spec).reads("EXPECTED.json", expected.toString());
        output.claim();
        PathPatterns pinned = PathPatterns.of(only, checksFile);
        JsonNode saved = read(expected);
        if (pinned != null) {
            pinned.requireMatches(saved, expected.toString()); // before the pass: a misspelt path costs nothing
        }
        String schema = saved.path("schema").asText("");
        JsonNode params = saved.path("parameters");
        if (!params.isObject()) {
            throw new InputException(expected + ": no parameters recorded; not a report postings can recompute");
        }
        InputOptions input = InputOptions.preset(spec, settings(saved, params), quiet);
        Parameters.Limits limits = limits(params);
        ReadingCommand<?> command = switch (schema) {
            case CompareReport.SCHEMA -> compare(saved, limits);
            case MatrixReport.SCHEMA -> matrix(saved, limits);
            case SkillsReport.SCHEMA -> skills(saved, limits);
            default -> throw new InputException(expected + ": schema '" + schema + "' is not one postings check recomputes ("
                    + CompareReport.SCHEMA + ", " + MatrixReport.SCHEMA + ", " + SkillsReport.SCHEMA + ")");
        };
        // The saved roles were told when the report was made: no notes now.
        Object recomputed = command.report(input, null, System.in);
        StringWriter json = new StringWriter();
        JsonRenderer.write(recomputed, json);
        JsonNode now = EXACT.readTree(json.toString());
        boolean overridden = !files.isEmpty();
        JsonDrift drift = new JsonDrift(new JsonDrift.Tolerances(tolerance, moneyTolerance, countTolerance, shareTolerance),
                path -> path.equals("input.files") || path.startsWith("input.files[")
                        || (overridden && path.startsWith("input.problems[") && path.endsWith(".where"))
                        || (pinned != null && !pinned.reaches(path) && !isNote(path)),
                CheckCommand::isNote)
                .compare(saved, now);
        CheckReport report = new CheckReport(CheckReport.SCHEMA, expected.toString(), schema, input.settings().inputNames(),
                tolerance, moneyTolerance, countTolerance, shareTolerance, pinned == null ? null : pinned.patterns(),
                drift.values(), drift.changes(), drift.withinTolerance(), drift.notes());
        output.write(spec.commandLine().getOut(), report);
        return report.drifted() ? ExitCodes.DIFFERENT : ExitCodes.OK;
    }

    /** Not the report's numbers but what they were made with: taxonomies, the tool, the inputs' bytes. */
    private static boolean isNote(String path) {
        return path.startsWith("taxonomy.") || path.startsWith("tool.") || path.startsWith("input.sources");
    }

    /** The comparison a report recorded, as compare would make it: the text the user typed, so it is recorded again. */
    private CompareCommand compare(JsonNode saved, Parameters.Limits limits) throws InputException {
        CompareCommand command = new CompareCommand();
        command.comparison.roleA = typed(saved.path("a"), "a");
        command.comparison.roleB = typed(saved.path("b"), "b");
        command.comparison.profile.restore(limits);
        command.comparison.minPostings = limits.minPostings();
        return command;
    }

    private MatrixCommand matrix(JsonNode saved, Parameters.Limits limits) {
        MatrixCommand command = new MatrixCommand();
        if (saved.path("requested").isArray()) {
            command.roles = texts(saved.path("requested"));
        }
        command.top = limits.top();
        command.minPostings = limits.minPostings();
        return command;
    }

    private SkillsCommand skills(JsonNode saved, Parameters.Limits limits) throws InputException {
        SkillsCommand command = new SkillsCommand();
        command.role = typed(saved, "");
        command.sort = "pay".equals(saved.path("sort").asText()) ? "pay" : "share";
        command.minN = limits.minN();
        return command;
    }

    /** The settings the report was made with; its inputs unless FILEs are given. */
    private ReadSettings settings(JsonNode saved, JsonNode params) {
        List<String> inputs = new ArrayList<>(files);
        if (files.isEmpty()) {
            for (JsonNode file : saved.path("input").path("files")) {
                inputs.add(inside(file.asText(), "input"));
            }
            if (inputs.equals(List.of(InputOptions.DEFAULT_SAMPLE))) {
                inputs.clear(); // the bundled sample is found where the tool is installed, as when the report was made
            }
        }
        Map<String, String> map = new LinkedHashMap<>();
        params.path("map").fields().forEachRemaining(e -> map.put(e.getKey(), e.getValue().asText()));
        // A setting that cannot be is a usage error: Main maps SettingsException.
        return new ReadSettings(InputOptions.sources(inputs), map,
                TaxonomySpec.parse(inside(text(params.path("roles_file")), "roles_file")),
                TaxonomySpec.parse(inside(text(params.path("skills_file")), "skills_file")),
                inside(text(params.path("skill_table_file")), "skill_table_file"),
                text(params.path("quote")), text(params.path("join")),
                params.path("hours_per_year").asInt(Parameters.DEFAULT_HOURS_PER_YEAR),
                params.path("include_estimated").asBoolean(false),
                ReadSettings.dedupe(params.path("dedupe").asText("id")), false,
                selection(saved.path("input").path("selection")));
    }

    private static Parameters.Limits limits(JsonNode params) {
        return new Parameters.Limits(params.path("top").asInt(Parameters.DEFAULT_TOP),
                params.path("min_n").asInt(Parameters.DEFAULT_MIN_N), params.path("top_k").asInt(Parameters.DEFAULT_TOP_K),
                params.path("min_postings").asInt(Parameters.DEFAULT_MIN_POSTINGS));
    }

    /** The window and filters a report recorded (none in reports made before they existed). */
    private static Selection selection(JsonNode saved) {
        if (saved.isMissingNode() || saved.isNull()) {
            return Selection.NONE;
        }
        JsonNode w = saved.path("window");
        Selection.Window window = w.isObject() ? new Selection.Window(text(w.path("since")), text(w.path("until")),
                text(w.path("as_of")), w.path("days").isInt() ? w.path("days").asInt() : null) : null;
        return new Selection(window, texts(saved.path("countries")), texts(saved.path("seniority")),
                texts(saved.path("work_modes")), texts(saved.path("companies")));
    }

    private static String text(JsonNode node) {
        return node.isTextual() ? node.asText() : null;
    }

    private static List<String> texts(JsonNode array) {
        List<String> out = new ArrayList<>();
        array.forEach(n -> out.add(n.asText()));
        return out;
    }

    /**
     * A path the saved report names, refused when it leads outside the working directory
     * (after {@code ..} and symbolic links) unless --allow-outside: in CI the report may come
     * from a pull request, and must not make the job read the machine's other files.
     */
    private String inside(String recorded, String what) {
        if (recorded == null || allowOutside || "-".equals(recorded)) {
            return recorded;
        }
        String file = recorded.startsWith("+") && !what.equals("input") ? recorded.substring(1) : recorded;
        try {
            Path cwd = Path.of("").toAbsolutePath().toRealPath();
            Path p = Path.of(file).toAbsolutePath().normalize();
            Path real = Files.exists(p) ? p.toRealPath() : p;
            if (p.startsWith(cwd) && real.startsWith(cwd)) {
                return recorded;
            }
        } catch (IOException | java.nio.file.InvalidPathException e) {
            // Not a path that can be checked: refused below.
        }
        throw new UsageException(expected + " names " + what + " '" + file + "', outside the working directory; check reads"
                + " only files inside it unless --allow-outside is given (or name the inputs on the command line)");
    }

    /** A recorded role: the text it was requested by when recorded, else its name. */
    private String typed(JsonNode owner, String prefix) throws InputException {
        JsonNode requested = owner.path("requested");
        return requested.isTextual() ? requested.asText()
                : text(owner.path("role"), prefix.isEmpty() ? "role" : prefix + ".role");
    }

    private String text(JsonNode node, String field) throws InputException {
        if (!node.isTextual()) {
            throw new InputException(expected + ": no " + field + " recorded; not a report postings can recompute");
        }
        return node.asText();
    }

    private static JsonNode read(Path file) throws IOException {
        try {
            JsonNode node = EXACT.readTree(Files.readString(file));
            if (node == null || !node.isObject()) {
                throw new InputException(file + ": not a JSON report (expected an object)");
            }
            return node;
        } catch (NoSuchFileException e) {
            throw new InputException(file + ": no such file");
        } catch (JsonProcessingException e) {
            throw new InputException(file + ": not valid JSON (" + e.getOriginalMessage() + ")", e);
        } catch (java.nio.charset.MalformedInputException e) {
            throw new InputException(file + ": not UTF-8 text", e);
        } catch (InputException e) {
            throw e;
        } catch (IOException e) {
            throw new InputException(file + ": " + (Files.isDirectory(file) ? "is a directory, not a file"
                    : "cannot read (" + e.getMessage() + ")"), e);
        }
    }
}
