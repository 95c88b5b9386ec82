package io.postings.beam;

import io.postings.engine.aggregate.PostingFilter;
import io.postings.engine.aggregate.SelectionParser;
import io.postings.engine.pass.ReadSettings;
import io.postings.engine.pass.Reading;
import io.postings.normalize.Normalizer;
import io.postings.normalize.RoleRequest;
import io.postings.normalize.RoleResolver;
import io.postings.normalize.SkillJoin;
import io.postings.normalize.TaxonomySpec;
import io.postings.report.Parameters;
import io.postings.report.TaxonomyVersions;
import java.io.IOException;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.List;

/**
 * The run's settings, checked where the pipeline is built and shipped to the workers with the
 * functions that need them: the engine's {@link ReadSettings} (as the CLI builds them from its
 * options), the two roles and the limits of what the reports show. Each worker builds its own
 * {@link Normalizer} from them with the engine's {@link Reading}.
 *
 * @param roleA the first role, resolved as the CLI resolves --a (the text typed is recorded likewise)
 * @param read  the reading settings; the pipeline matches and reads its inputs itself, so they name none
 * @param join  the --skillsFile table, read where the job is submitted ({@link SkillJoin#NONE} without one)
 * @param rejects --rejects: rejects.csv is written beside the reports
 */
record Settings(RoleRequest roleA, RoleRequest roleB, Parameters.Limits limits, String output, ReadSettings read,
        SkillJoin join, boolean rejects) implements Serializable {

    static Settings of(CompareOptions options) {
        Parameters.Limits limits = new Parameters.Limits(options.getTop(), options.getMinN(), options.getTopK(),
                options.getMinPostings());
        if (!limits.valid()) {
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
        if (options.getJoin() != null && options.getSkillsFile() == null) {
            throw new IllegalArgumentException("--join needs --skillsFile");
        }
        // An unknown field, a bad column spec or --quote fails here, not on a worker.
        ReadSettings given = new ReadSettings(List.of(), map, TaxonomySpec.parse(options.getRoles()),
                TaxonomySpec.parse(options.getSkills()), options.getSkillsFile(),
                options.getQuote(), options.getJoin(), options.getHoursPerYear(), options.getIncludeEstimated(),
                ReadSettings.dedupe(options.getDedupe()), options.getStrict(),
                SelectionParser.parse(new SelectionParser.Typed(options.getSince(), options.getUntil(), options.getAsOf(),
                        options.getDays(), options.getCountry(), options.getSeniority(), options.getWorkMode(),
                        options.getCompany())));
        // The taxonomies' files are read here, where the job is submitted, and travel in the settings.
        ReadSettings read = unchecked(() -> new Reading(given).withTaxonomiesRead());
        // The CLI's resolver, before any file is matched or read: an unknown role fails here.
        RoleResolver resolver = new RoleResolver(unchecked(() -> new Reading(read).roles()));
        RoleRequest a = resolver.resolve(options.getA());
        RoleRequest b = resolver.resolve(options.getB());
        if (a.role().equals(b.role())) {
            throw new IllegalArgumentException("--a and --b name the same role, " + a.role() + "; compare two different roles");
        }
        // The skills table likewise: read here, shipped with the settings.
        SkillJoin join = unchecked(() -> new Reading(read).skillJoin());
        return new Settings(a, b, limits, options.getOutput(), read, join, options.getRejects());
    }

    /** The parameters a report records: the CLI's for the same options. */
    Parameters parameters() {
        return read.parameters(limits);
    }

    /** The window and filters, as the CLI applies them. */
    PostingFilter filter() {
        return read.filter();
    }

    TaxonomyVersions taxonomy() {
        return unchecked(() -> new Reading(read).taxonomyVersions());
    }

    Normalizer normalizer() {
        return unchecked(() -> new Reading(read).normalizer(join));
    }

    private interface Loading<T> {
        T load() throws IOException;
    }

    private static <T> T unchecked(Loading<T> loading) {
        try {
            return loading.load();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
