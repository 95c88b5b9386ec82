package io.postings.beam;

import io.postings.engine.aggregate.PostingFilter;
import io.postings.engine.aggregate.SelectionParser;
import io.postings.normalize.ColumnMap;
import io.postings.normalize.Field;
import io.postings.normalize.Normalizer;
import io.postings.normalize.RoleRequest;
import io.postings.normalize.RoleResolver;
import io.postings.normalize.RoleTaxonomy;
import io.postings.normalize.SalaryRules;
import io.postings.normalize.SkillJoin;
import io.postings.normalize.SkillTaxonomy;
import io.postings.normalize.TaxonomyHashes;
import io.postings.report.Parameters;
import io.postings.report.Selection;
import io.postings.report.TaxonomyVersions;
import java.io.IOException;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The run's settings, checked where the pipeline is built and shipped to the workers with the
 * functions that need them; each worker builds its own {@link Normalizer} from them.
 *
 * @param roleA the first role, resolved as the CLI resolves --a (the text typed is recorded likewise)
 * @param map   field name to column, as --map gave them
 */
record Settings(RoleRequest roleA, RoleRequest roleB, int top, int minN, int topK, int minPostings, int hoursPerYear,
        boolean includeEstimated, LinkedHashMap<String, String> map, String output, Selection selection)
        implements Serializable {

    static Settings of(CompareOptions options) {
        if (options.getTop() < 1 || options.getMinN() < 1 || options.getTopK() < 1 || options.getMinPostings() < 1) {
            throw new IllegalArgumentException("--top, --minN, --topK and --minPostings must be at least 1");
        }
        if (options.getHoursPerYear() <= 0) {
            throw new IllegalArgumentException("--hoursPerYear must be positive");
        }
        LinkedHashMap<String, String> map = new LinkedHashMap<>();
        for (String pair : options.getMap() == null ? List.<String>of() : options.getMap()) {
            int eq = pair.indexOf('=');
            if (eq <= 0 || eq == pair.length() - 1) {
                throw new IllegalArgumentException("--map takes FIELD=COLUMN, not '" + pair + "'");
            }
            map.put(pair.substring(0, eq).trim(), pair.substring(eq + 1).trim());
        }
        // The CLI's resolver, before any file is matched or read: an unknown role fails here.
        RoleResolver resolver = new RoleResolver(roles());
        RoleRequest a = resolver.resolve(options.getA());
        RoleRequest b = resolver.resolve(options.getB());
        if (a.role().equals(b.role())) {
            throw new IllegalArgumentException("--a and --b name the same role, " + a.role() + "; compare two different roles");
        }
        Settings settings = new Settings(a, b,
                options.getTop(), options.getMinN(), options.getTopK(), options.getMinPostings(),
                options.getHoursPerYear(), options.getIncludeEstimated(), map, options.getOutput(),
                SelectionParser.parse(new SelectionParser.Typed(options.getSince(), options.getUntil(), options.getAsOf(),
                        options.getDays(), options.getCountry(), options.getSeniority(), options.getWorkMode(),
                        options.getCompany())));
        settings.overrides(); // an unknown field fails here, not on a worker
        return settings;
    }

    /** The parameters a report records: the CLI's for the same options (de-dup by id, built-in taxonomies). */
    Parameters parameters() {
        return new Parameters(top, minN, topK, hoursPerYear, includeEstimated, "id", minPostings, map, null, null,
                null);
    }

    /** The window and filters, as the CLI applies them. */
    PostingFilter filter() {
        return new PostingFilter(selection);
    }

    TaxonomyVersions taxonomy() {
        try {
            return TaxonomyHashes.of(null, null);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    Normalizer normalizer() {
        try {
            return new Normalizer(new ColumnMap(overrides()), roles(), SkillTaxonomy.load(null),
                    new SalaryRules(hoursPerYear, includeEstimated), SkillJoin.NONE);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private Map<Field, String> overrides() {
        Map<Field, String> overrides = new EnumMap<>(Field.class);
        map.forEach((field, column) -> {
            Field f = Field.of(field);
            if (f == null) {
                throw new IllegalArgumentException("--map: unknown field '" + field + "'");
            }
            overrides.put(f, column);
        });
        return overrides;
    }

    private static RoleTaxonomy roles() {
        try {
            return RoleTaxonomy.load(null);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
