package io.postings.normalize;

import io.postings.input.InputException;
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

    /** A user's file; a failure to read it is an input error naming it. */
    public static List<List<String>> file(Path path) throws IOException {
        if (Files.isDirectory(path)) {
            throw new InputException(path + ": is a directory, not a file");
        }
        try (BufferedReader reader = Files.newBufferedReader(path, StandardCharsets.UTF_8)) {
            return parse(reader);
        } catch (java.nio.charset.CharacterCodingException e) {
            throw new InputException(path + ": not UTF-8 text (a binary file?)", e);
        } catch (java.nio.file.NoSuchFileException e) {
            throw new InputException(path + ": no such file", e);
        } catch (java.nio.file.AccessDeniedException e) {
            throw new InputException(path + ": permission denied", e);
        } catch (InputException e) {
            throw e;
        } catch (IOException e) {
            throw new InputException(path + ": cannot read (" + e.getMessage() + ")", e);
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
