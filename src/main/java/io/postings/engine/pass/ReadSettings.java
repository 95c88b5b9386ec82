package io.postings.engine.pass;

import io.postings.engine.aggregate.PostingFilter;
import io.postings.input.CsvQuote;
import io.postings.input.Source;
import io.postings.normalize.ColumnSpec;
import io.postings.normalize.Field;
import io.postings.normalize.SalaryRules;
import io.postings.normalize.TaxonomySpec;
import io.postings.report.Parameters;
import io.postings.report.Selection;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Everything one reading run is made with, checked when it is made: the inputs, how columns
 * map onto fields, the taxonomies, the salary rules, the de-dup, strictness, and the window and
 * filters. The command line's options, {@code check}'s recorded parameters and the Beam
 * pipeline's options all come down to one of these; {@link Reading} builds the normalizer and
 * the pass from it. A setting that cannot be is a {@link SettingsException}.
 *
 * @param sources    the inputs in reading order
 * @param map        field name to column spec, as {@code --map} gave them
 * @param roles      the role taxonomy
 * @param skills     the skill taxonomy
 * @param skillTable {@code --skills-file}: a (posting id, skill) table, null when none
 * @param quote      {@code --quote} as given, null: sniffed
 * @param join       {@code --join} as given (fields, comma-separated), null: by the posting id
 * @param dedupe     what makes two rows one posting
 * @param strict     the first damaged row ends the run
 * @param selection  the posted-date window and the filters
 */
public record ReadSettings(List<Source> sources, Map<String, String> map, TaxonomySpec roles, TaxonomySpec skills,
        String skillTable, String quote, String join, int hoursPerYear, boolean includeEstimated,
        Deduplicator.Mode dedupe, boolean strict, Selection selection) implements Serializable {

    public ReadSettings {
        sources = List.copyOf(sources);
        map = Collections.unmodifiableMap(new LinkedHashMap<>(map));
        roles = roles == null ? TaxonomySpec.BUILT_IN : roles;
        skills = skills == null ? TaxonomySpec.BUILT_IN : skills;
        selection = selection == null ? Selection.NONE : selection;
        joinFields(join, skillTable);
        if (hoursPerYear <= 0) {
            throw new SettingsException("--hours-per-year must be positive");
        }
        overrides(map);
        if ("-".equals(skillTable)) {
            throw new SettingsException("--skills-file must name a file, not standard input");
        }
        quoting(quote);
    }

    /** The settings of a run with every default: these inputs, built-in taxonomies, no filters. */
    public static ReadSettings of(List<Source> sources) {
        return new ReadSettings(sources, Map.of(), TaxonomySpec.BUILT_IN, TaxonomySpec.BUILT_IN, null, null, null,
                Parameters.DEFAULT_HOURS_PER_YEAR, false, Deduplicator.Mode.ID, false, Selection.NONE);
    }

    /** {@code --dedupe}: id or content. */
    public static Deduplicator.Mode dedupe(String given) {
        return switch (given.toLowerCase(Locale.ROOT)) {
            case "id" -> Deduplicator.Mode.ID;
            case "content" -> Deduplicator.Mode.CONTENT;
            default -> throw new SettingsException("--dedupe must be id or content, not '" + given + "'");
        };
    }

    public ReadSettings withSources(List<Source> other) {
        return new ReadSettings(other, map, roles, skills, skillTable, quote, join, hoursPerYear, includeEstimated,
                dedupe, strict, selection);
    }

    /** The same settings with these taxonomies. */
    public ReadSettings withTaxonomies(TaxonomySpec roleTaxonomy, TaxonomySpec skillTaxonomy) {
        return new ReadSettings(sources, map, roleTaxonomy, skillTaxonomy, skillTable, quote, join, hoursPerYear,
                includeEstimated, dedupe, strict, selection);
    }

    public List<String> inputNames() {
        return sources.stream().map(Source::name).toList();
    }

    /** The {@code --map} overrides by field. */
    public Map<Field, String> overrides() {
        return overrides(map);
    }

    public CsvQuote quoting() {
        return quoting(quote);
    }

    /** The fields the skills table is joined by (default: the posting id). */
    public List<Field> joinFields() {
        return joinFields(join, skillTable);
    }

    public SalaryRules salaryRules() {
        return new SalaryRules(hoursPerYear, includeEstimated);
    }

    public PostingFilter filter() {
        return new PostingFilter(selection);
    }

    /** The parameters a report records: these settings with what the command shows. */
    public Parameters parameters(Parameters.Limits limits) {
        return new Parameters(limits.top(), limits.minN(), limits.topK(), hoursPerYear, includeEstimated,
                dedupe.name().toLowerCase(Locale.ROOT), limits.minPostings(), map, roles.given(), skills.given(),
                skillTable, quote, join);
    }

    private static Map<Field, String> overrides(Map<String, String> map) {
        Map<Field, String> overrides = new EnumMap<>(Field.class);
        map.forEach((field, column) -> {
            Field f = Field.of(field);
            if (f == null) {
                throw new SettingsException("--map: unknown field '" + field + "'; fields are " + fieldNames());
            }
            try {
                ColumnSpec.parse(column);
            } catch (IllegalArgumentException e) {
                throw new SettingsException("--map " + field + "=" + column + ": " + e.getMessage());
            }
            overrides.put(f, column);
        });
        return overrides;
    }

    private static CsvQuote quoting(String quote) {
        if (quote == null) {
            return CsvQuote.AUTO;
        }
        try {
            return CsvQuote.of(quote);
        } catch (IllegalArgumentException e) {
            throw new SettingsException(e.getMessage());
        }
    }

    private static List<Field> joinFields(String join, String skillTable) {
        if (join == null) {
            return List.of(Field.ID);
        }
        if (skillTable == null) {
            throw new SettingsException("--join needs --skills-file");
        }
        List<Field> fields = new ArrayList<>();
        for (String name : join.split(",")) {
            Field f = Field.of(name);
            if (f == null) {
                throw new SettingsException("--join: unknown field '" + name.strip() + "'; fields are " + fieldNames());
            }
            fields.add(f);
        }
        return List.copyOf(fields);
    }

    private static String fieldNames() {
        List<String> names = new ArrayList<>();
        for (Field f : Field.values()) {
            names.add(f.key());
        }
        return String.join(", ", names);
    }
}
