package io.postings.engine.pass;

import io.postings.input.InputOpener;
import io.postings.input.Source;
import io.postings.normalize.ColumnMap;
import io.postings.normalize.Normalizer;
import io.postings.normalize.RoleTaxonomy;
import io.postings.normalize.SkillJoin;
import io.postings.normalize.SkillTaxonomy;
import io.postings.normalize.TaxonomyHashes;
import io.postings.normalize.TaxonomySpec;
import io.postings.report.TaxonomyVersions;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Builds what a reading run needs from its {@link ReadSettings}: the role taxonomy (loaded once:
 * commands resolve their role options with it before the pass), the normalizer, the pass, and
 * the taxonomy versions a report records. The one place settings become objects, for the
 * command line and the Beam pipeline alike.
 */
public final class Reading {
    private final ReadSettings settings;
    private RoleTaxonomy roles;

    public Reading(ReadSettings settings) {
        this.settings = settings;
    }

    public ReadSettings settings() {
        return settings;
    }

    public RoleTaxonomy roles() throws IOException {
        if (roles == null) {
            roles = RoleTaxonomy.load(existing(settings.roles(), "--roles"));
        }
        return roles;
    }

    /** A normalizer of its own (each thread or worker that normalizes needs one: the column map learns formats). */
    public Normalizer normalizer() throws IOException {
        return normalizer(skillJoin());
    }

    /** As {@link #normalizer()}, with the --skills-file table already read ({@link #skillJoin()}). */
    public Normalizer normalizer(SkillJoin join) throws IOException {
        return new Normalizer(new ColumnMap(settings.overrides()), roles(),
                SkillTaxonomy.load(existing(settings.skills(), "--skills")), settings.salaryRules(), join);
    }

    /** The --skills-file table, read before the inputs (standard input stays theirs); {@link SkillJoin#NONE} without one. */
    public SkillJoin skillJoin() throws IOException {
        if (settings.skillTable() == null) {
            return SkillJoin.NONE;
        }
        return SkillJoin.load(new InputOpener(InputStream.nullInputStream()).quoting(settings.quoting()),
                Source.of(settings.skillTable()), settings.joinFields());
    }

    /** The pass over the settings' inputs, opened by {@code opener} (standard input, progress), with the normalizer. */
    public Pipeline pipeline(InputOpener opener, Normalizer normalizer) {
        return new Pipeline(opener.quoting(settings.quoting()), normalizer, settings.dedupe())
                .strict(settings.strict())
                .filter(settings.filter());
    }

    public TaxonomyVersions taxonomyVersions() throws IOException {
        return TaxonomyHashes.of(existing(settings.roles(), "--roles"), existing(settings.skills(), "--skills"));
    }

    /**
     * The settings with the taxonomy files read now ({@link TaxonomySpec#withFileRead}), for a
     * distributed run to ship; a file that is not there fails as it does in a run here.
     */
    public ReadSettings withTaxonomiesRead() throws IOException {
        return settings.withTaxonomies(existing(settings.roles(), "--roles").withFileRead(),
                existing(settings.skills(), "--skills").withFileRead());
    }

    private static TaxonomySpec existing(TaxonomySpec spec, String option) {
        if (!spec.builtIn() && spec.loaded() == null && !Files.exists(Path.of(spec.file()))) {
            throw new SettingsException(option + ": no such file " + Path.of(spec.file()));
        }
        return spec;
    }
}
