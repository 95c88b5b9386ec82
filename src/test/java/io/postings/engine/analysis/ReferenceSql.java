package io.postings.engine.analysis;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

/** The named statements of {@code duckdb/compare.sql}, the reference SQL the benchmark runs too. */
final class ReferenceSql {
    private ReferenceSql() {
    }

    /** Statement by name: the lines after its "-- name: NAME" line, comments and the final ';' left out. */
    static Map<String, String> load() {
        try (InputStream in = ReferenceSql.class.getResourceAsStream("/duckdb/compare.sql")) {
            Map<String, String> statements = new LinkedHashMap<>();
            String[] sections = new String(in.readAllBytes(), StandardCharsets.UTF_8).split("(?m)^-- name: ");
            for (int i = 1; i < sections.length; i++) {
                StringBuilder sql = new StringBuilder();
                String[] lines = sections[i].split("\n");
                for (int l = 1; l < lines.length; l++) {
                    if (!lines[l].startsWith("--")) {
                        sql.append(lines[l]).append('\n');
                    }
                }
                statements.put(lines[0].strip(), sql.toString().strip().replaceAll(";$", ""));
            }
            return statements;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
