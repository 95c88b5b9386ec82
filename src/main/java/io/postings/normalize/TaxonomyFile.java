package io.postings.normalize;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads the project's vocabulary files: one entry per line, {@code name | alias | alias},
 * blank lines and {@code #} comments ignored. Each entry is its cells, trimmed, name first.
 */
public final class TaxonomyFile {
    private TaxonomyFile() {
    }

    public static List<List<String>> resource(String name) {
        try (InputStream in = TaxonomyFile.class.getResourceAsStream("/io/postings/" + name)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + name);
            }
            return parse(new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static List<List<String>> file(Path path) throws IOException {
        try (BufferedReader reader = Files.newBufferedReader(path, StandardCharsets.UTF_8)) {
            return parse(reader);
        }
    }

    private static List<List<String>> parse(BufferedReader reader) throws IOException {
        List<List<String>> entries = new ArrayList<>();
        String line;
        while ((line = reader.readLine()) != null) {
            String trimmed = line.strip();
            if (trimmed.isEmpty() || trimmed.startsWith("#")) {
                continue;
            }
            List<String> cells = new ArrayList<>();
            for (String cell : trimmed.split("\\|")) {
                String c = cell.strip();
                if (!c.isEmpty()) {
                    cells.add(c);
                }
            }
            if (!cells.isEmpty()) {
                entries.add(List.copyOf(cells));
            }
        }
        return entries;
    }
}
