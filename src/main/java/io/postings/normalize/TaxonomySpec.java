package io.postings.normalize;

import java.io.IOException;
import java.io.Serializable;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Which taxonomy a run uses, as {@code --roles} and {@code --skills} name it: the built-in one,
 * a {@code FILE} that replaces it, or a {@code +FILE} that extends it (its entries first, so
 * they take precedence). The one place the {@code +} is read.
 *
 * @param file   the user's file, null for the built-in taxonomy
 * @param extend true for {@code +FILE}
 * @param loaded the file's entries when already read ({@link #withFileRead()}), else null: read on use
 */
public record TaxonomySpec(String file, boolean extend, List<List<String>> loaded) implements Serializable {
    /** The built-in taxonomy alone. */
    public static final TaxonomySpec BUILT_IN = new TaxonomySpec(null, false);

    public TaxonomySpec {
        loaded = loaded == null ? null : loaded.stream().map(List::copyOf).toList();
    }

    public TaxonomySpec(String file, boolean extend) {
        this(file, extend, null);
    }

    /** {@code FILE}, {@code +FILE} or null (built in), as the options and the recorded parameters write it. */
    public static TaxonomySpec parse(String given) {
        if (given == null) {
            return BUILT_IN;
        }
        return given.startsWith("+") ? new TaxonomySpec(given.substring(1), true) : new TaxonomySpec(given, false);
    }

    /** Back to the text it was given as (null for the built-in taxonomy): what a report records. */
    public String given() {
        return file == null ? null : extend ? "+" + file : file;
    }

    public boolean builtIn() {
        return file == null;
    }

    /**
     * The same taxonomy with the user's file read now, so the spec carries its entries: a
     * distributed run reads the file where the job is submitted and ships the entries to
     * workers that do not have it.
     */
    public TaxonomySpec withFileRead() throws IOException {
        return file == null || loaded != null ? this : new TaxonomySpec(file, extend, TaxonomyFile.file(Path.of(file)));
    }

    /** The entries this taxonomy has: the file's, then (unless it replaces them) the resource's. */
    public List<List<String>> entries(String resource) throws IOException {
        if (file == null) {
            return TaxonomyFile.resource(resource);
        }
        List<List<String>> own = loaded != null ? loaded : TaxonomyFile.file(Path.of(file));
        if (!extend) {
            return own;
        }
        List<List<String>> entries = new ArrayList<>(own);
        entries.addAll(TaxonomyFile.resource(resource));
        return entries;
    }
}
