package io.postings.cli;

import io.postings.engine.Aggregation;
import io.postings.engine.Deduplicator;
import io.postings.engine.Pipeline;
import io.postings.input.InputOpener;
import io.postings.input.Source;
import io.postings.normalize.ColumnMap;
import io.postings.normalize.Field;
import io.postings.normalize.Normalizer;
import io.postings.normalize.RoleTaxonomy;
import io.postings.normalize.SalaryRules;
import io.postings.normalize.SkillTaxonomy;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

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

    @Option(names = "--dedupe", paramLabel = "MODE", defaultValue = "id",
            description = "id: same input id is one posting (always on); content: also same company, title, "
                    + "location and description. Default: ${DEFAULT-VALUE}.")
    String dedupe;

    @Option(names = "--hours-per-year", paramLabel = "N", defaultValue = "2080",
            description = "Hours in a working year, to annualize hourly pay. Default: ${DEFAULT-VALUE}.")
    int hoursPerYear;

    @Option(names = "--include-estimated",
            description = "Count salaries the source marks as its own estimate (Glassdoor est., Adzuna predicted).")
    boolean includeEstimated;

    /** The inputs to read: the files given, else the bundled sample (named as in the repository). */
    List<Source> sources() {
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

    RoleTaxonomy roleTaxonomy() throws IOException {
        return RoleTaxonomy.load(checkedFile(rolesFile, "--roles"));
    }

    Normalizer normalizer() throws IOException {
        if (hoursPerYear <= 0) {
            throw new UsageException("--hours-per-year must be positive");
        }
        Map<Field, String> overrides = new EnumMap<>(Field.class);
        map.forEach((field, column) -> {
            Field f = Field.of(field);
            if (f == null) {
                throw new UsageException("--map: unknown field '" + field + "'; fields are " + fieldNames());
            }
            overrides.put(f, column);
        });
        return new Normalizer(new ColumnMap(overrides), roleTaxonomy(),
                SkillTaxonomy.load(checkedFile(skillsFile, "--skills")),
                new SalaryRules(hoursPerYear, includeEstimated));
    }

    Aggregation aggregate(Normalizer normalizer, InputStream stdin) throws IOException {
        return new Pipeline(new InputOpener(stdin), normalizer, dedupeMode()).run(sources());
    }

    private static String checkedFile(String spec, String option) {
        if (spec == null) {
            return null;
        }
        Path path = Path.of(spec.startsWith("+") ? spec.substring(1) : spec);
        if (!Files.isRegularFile(path)) {
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
