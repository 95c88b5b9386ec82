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
 */
public record TaxonomySpec(String file, boolean extend) implements Serializable {
    /** The built-in taxonomy alone. */
    public static final TaxonomySpec BUILT_IN = new TaxonomySpec(null, false);

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

    /** The entries this taxonomy has: the file's, then (unless it replaces them) the resource's. */
    public List<List<String>> entries(String resource) throws IOException {
        if (file == null) {
            return TaxonomyFile.resource(resource);
        }
        if (!extend) {
            return TaxonomyFile.file(Path.of(file));
        }
        List<List<String>> entries = new ArrayList<>(TaxonomyFile.file(Path.of(file)));
        entries.addAll(TaxonomyFile.resource(resource));
        return entries;
    }
}
