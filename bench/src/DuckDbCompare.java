import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.BufferedReader;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/**
 * The peer of the benchmark: DuckDB computing the numbers of a two-role comparison in SQL
 * straight from a canonical CSV made by `postings generate` (the same normalization rules the
 * tool applies to that layout), printing them as a subset of postings.compare/1.
 *
 * Usage: DuckDbCompare FILE.csv ROLE_A ROLE_B [OUT.json]
 *        DuckDbCompare --check DUCKDB.json TOOL.json   (exit 1 when a number differs)
 */
public final class DuckDbCompare {
    private static final ObjectMapper JSON = new ObjectMapper();
    /** The reference SQL DuckDbCrossCheckTest runs too (src/test/resources/duckdb/compare.sql, on the class path). */
    private static final Map<String, String> SQL = statements();

    public static void main(String[] args) throws Exception {
        if (args[0].equals("--check")) {
            System.exit(check(JSON.readTree(Path.of(args[1]).toFile()), JSON.readTree(Path.of(args[2]).toFile())));
        }
        ObjectNode out = compare(args[0], args[1], args[2]);
        String text = JSON.writerWithDefaultPrettyPrinter().writeValueAsString(out) + "\n";
        if (args.length > 3) {
            Files.writeString(Path.of(args[3]), text);
        } else {
            System.out.print(text);
        }
    }

    static ObjectNode compare(String file, String a, String b) throws Exception {
        try (Connection db = DriverManager.getConnection("jdbc:duckdb:"); Statement st = db.createStatement()) {
            st.execute("SET threads TO 2");
            st.execute("CREATE TABLE alias (alias VARCHAR, skill VARCHAR)");
            try (PreparedStatement ins = db.prepareStatement("INSERT INTO alias VALUES (?, ?)")) {
                for (List<String> entry : vocabulary("skills.txt")) {
                    // Markers (?word, ~list-only, !stop phrase) are about text search; for lists a
                    // marked name is its plain self and a stop phrase is no name at all.
                    String skill = entry.get(0).replaceFirst("^[?~]", "");
                    for (String alias : entry) {
                        if (alias.startsWith("!")) {
                            continue;
                        }
                        ins.setString(1, alias.replaceFirst("^[?~]", "").toLowerCase().replaceAll("\\s+", " "));
                        ins.setString(2, skill);
                        ins.addBatch();
                    }
                }
                ins.executeBatch();
            }
            st.execute("CREATE TABLE alias1 AS SELECT alias, first(skill ORDER BY rowid) AS skill FROM alias GROUP BY alias");
            String staff = words("staff");
            String senior = words("senior");
            String mid = words("mid");
            String entry = words("entry");
            // One posting per id (duplicates are exact copies), normalized as the tool does for this layout.
            st.execute("""
                    CREATE TABLE p AS
                    WITH raw AS (
                      SELECT * FROM read_csv('%s', header = true, all_varchar = true, quote = '"', escape = '"')
                    ), d AS (
                      SELECT DISTINCT ON (id) * FROM raw
                    ), n AS (
                      SELECT id, nullif(trim(role), '') AS role, nullif(trim(company), '') AS company,
                             nullif(trim(country), '') AS country, lower(title) AS t, lower(coalesce(location, '')) AS loc,
                             nullif(trim(work_mode), '') AS wm, nullif(trim(seniority), '') AS sen,
                             try_cast(salary_min AS DOUBLE) AS lo, try_cast(salary_max AS DOUBLE) AS hi,
                             upper(nullif(trim(salary_currency), '')) AS cur, lower(nullif(trim(salary_period), '')) AS per,
                             skills
                      FROM d
                    ), s AS (
                      SELECT *, CASE WHEN lo IS NOT NULL AND hi IS NOT NULL THEN (least(lo, hi) + greatest(lo, hi)) / 2
                                     ELSE coalesce(lo, hi) END AS fig FROM n
                    )
                    SELECT id, role, company, country, skills,
                      coalesce(wm, CASE WHEN regexp_matches(loc || ' ' || t, '(^|[^a-z0-9#+])(hybrid)($|[^a-z0-9#+])') THEN 'hybrid'
                                        WHEN regexp_matches(loc || ' ' || t, '(^|[^a-z0-9#+])(remote|remoto|wfh|telecommute|anywhere)($|[^a-z0-9#+])') THEN 'remote'
                                        WHEN regexp_matches(loc || ' ' || t, '(^|[^a-z0-9#+])(onsite|on[^a-z0-9#+]+site|presencial|in[^a-z0-9#+]+office|in[^a-z0-9#+]+person)($|[^a-z0-9#+])') THEN 'onsite' END) AS work_mode,
                      coalesce(sen, CASE WHEN regexp_matches(t, '%s') THEN 'staff' WHEN regexp_matches(t, '%s') THEN 'senior'
                                         WHEN regexp_matches(t, '%s') THEN 'mid' WHEN regexp_matches(t, '%s') THEN 'entry' END) AS seniority,
                      CASE WHEN fig > 0 AND country = 'US' AND (cur IS NULL OR cur IN ('USD', '$')) THEN
                             fig * CASE WHEN per LIKE 'h%%' THEN 2080 WHEN per LIKE 'd%%' THEN 260 WHEN per LIKE 'w%%' THEN 52
                                        WHEN per LIKE 'mo%%' THEN 12 WHEN per LIKE 'y%%' OR per LIKE 'an%%' THEN 1
                                        WHEN fig >= 1000 THEN 1 ELSE 2080 END END AS annual
                    FROM s
                    """.formatted(file.replace("'", "''"), staff, senior, mid, entry));
            st.execute("UPDATE p SET annual = NULL WHERE annual < 10000 OR annual > 1000000");
            // The reference SQL's tables.
            st.execute("CREATE VIEW postings AS SELECT id, role, company, country, work_mode, seniority, annual AS salary FROM p");
            st.execute("""
                    CREATE TABLE k AS SELECT DISTINCT p.id, p.role, coalesce(a.skill, x.raw) AS skill
                    FROM (SELECT id, role, lower(regexp_replace(trim(unnest(string_split(skills, ';'))), '\\s+', ' ', 'g')) AS raw
                          FROM p WHERE role IN (?, ?)) x
                    JOIN p USING (id) LEFT JOIN alias1 a ON a.alias = x.raw WHERE x.raw <> ''
                    """.replace("?, ?", quote(a) + ", " + quote(b)));
            st.execute("CREATE VIEW skills AS SELECT id, skill FROM k");
            ObjectNode out = JSON.createObjectNode();
            out.put("schema", "postings.compare/1 (DuckDB subset)");
            out.set("a", role(db, a));
            out.set("b", role(db, b));
            out.set("pair", pair(db, a, b));
            return out;
        }
    }

    private static ObjectNode role(Connection db, String role) throws Exception {
        ObjectNode r = JSON.createObjectNode();
        long postings = scalar(db, SQL.get("postings"), role);
        r.put("role", role);
        r.put("postings", postings);
        ObjectNode salary = r.putObject("salary");
        salary.put("n", scalar(db, SQL.get("salaried"), role));
        Double median = median(db, SQL.get("salaries"), role);
        salary.set("median", JSON.valueToTree(median));
        r.set("top_skills", rows(db, SQL.get("top_skills"), postings, role));
        r.set("skill_salaries", median == null ? JSON.createArrayNode()
                : rows(db, SQL.get("skill_salaries"), role, median, median, median));
        r.set("seniority", buckets(db, "seniority", role, "entry", "mid", "senior", "staff", "unknown"));
        r.set("work_mode", buckets(db, "work_mode", role, "remote", "hybrid", "onsite", "unknown"));
        r.set("countries", rows(db, SQL.get("countries"), postings, role));
        r.putObject("unknown_country").put("count", scalar(db, SQL.get("unknown_country"), role));
        r.set("employers", rows(db, SQL.get("employers"), role, postings));
        return r;
    }

    private static ObjectNode pair(Connection db, String a, String b) throws Exception {
        String top = SQL.get("top_sets") + "\n";
        long inter = scalar(db, top + SQL.get("intersection"), a, b, a, b);
        long union = scalar(db, top + SQL.get("union"), a, b, a, b);
        ObjectNode pair = JSON.createObjectNode();
        pair.put("intersection", inter);
        pair.put("union", union);
        pair.put("jaccard", union == 0 ? null : (double) inter / union);
        Double ma = median(db, SQL.get("salaries"), a);
        Double mb = median(db, SQL.get("salaries"), b);
        if (ma != null && mb != null) {
            pair.putObject("salary_gap").put("usd", ma - mb).put("pct", Math.abs(ma - mb) / Math.min(ma, mb));
        }
        return pair;
    }

    private static ArrayNode buckets(Connection db, String column, String role, String... keys) throws Exception {
        ArrayNode out = JSON.createArrayNode();
        for (String key : keys) {
            long c = scalar(db, SQL.get("bucket").replace("{column}", column), role, key);
            out.addObject().put("key", key).put("count", c);
        }
        return out;
    }

    private static Double median(Connection db, String values, String role) throws Exception {
        ArrayNode r = rows(db, SQL.get("median").replace("{values}", values), role);
        JsonNode m = r.get(0).get("median");
        return m == null || m.isNull() ? null : m.asDouble();
    }

    private static long scalar(Connection db, String sql, Object... args) throws Exception {
        return rows(db, sql, args).get(0).elements().next().asLong();
    }

    private static ArrayNode rows(Connection db, String sql, Object... args) throws Exception {
        try (PreparedStatement st = db.prepareStatement(sql)) {
            for (int i = 0; i < args.length; i++) {
                st.setObject(i + 1, args[i]);
            }
            ArrayNode out = JSON.createArrayNode();
            try (ResultSet rs = st.executeQuery()) {
                int n = rs.getMetaData().getColumnCount();
                while (rs.next()) {
                    ObjectNode row = out.addObject();
                    for (int c = 1; c <= n; c++) {
                        Object v = rs.getObject(c);
                        String name = rs.getMetaData().getColumnLabel(c);
                        if (v == null) {
                            row.putNull(name);
                        } else if (v instanceof Double d) {
                            row.put(name, d);
                        } else if (v instanceof Number num) {
                            row.put(name, num.longValue());
                        } else {
                            row.put(name, v.toString());
                        }
                    }
                }
            }
            return out;
        }
    }

    /** A regex matching any of a seniority level's words as whole words, as the tool's title rule does. */
    private static String words(String level) throws Exception {
        List<String> alternatives = new ArrayList<>();
        for (List<String> entry : vocabulary("seniority.txt")) {
            if (entry.get(0).equals(level)) {
                for (String w : entry) {
                    String plain = java.text.Normalizer.normalize(w.toLowerCase(), java.text.Normalizer.Form.NFD).replaceAll("\\p{M}+", "");
                    alternatives.add(String.join("[^a-z0-9#+]+", plain.split("[^a-z0-9#+]+")));
                }
            }
        }
        return "(^|[^a-z0-9#+])(" + String.join("|", alternatives) + ")($|[^a-z0-9#+])";
    }

    private static List<List<String>> vocabulary(String name) throws Exception {
        List<List<String>> entries = new ArrayList<>();
        try (InputStream in = DuckDbCompare.class.getResourceAsStream("/io/postings/" + name);
             BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String line;
            while ((line = r.readLine()) != null) {
                line = line.strip();
                if (line.isEmpty() || line.startsWith("#")) {
                    continue;
                }
                List<String> cells = new ArrayList<>();
                for (String c : line.split("\\|")) {
                    if (!c.isBlank()) {
                        cells.add(c.strip());
                    }
                }
                entries.add(cells);
            }
        }
        return entries;
    }

    /** The named statements of the reference SQL: each one the lines after "-- name: NAME", comments and ';' left out. */
    private static Map<String, String> statements() {
        Map<String, String> out = new java.util.HashMap<>();
        try (InputStream in = DuckDbCompare.class.getResourceAsStream("/duckdb/compare.sql")) {
            String name = null;
            StringBuilder sql = new StringBuilder();
            for (String line : (new String(in.readAllBytes(), StandardCharsets.UTF_8) + "\n-- name: end").split("\n")) {
                if (line.startsWith("-- name: ")) {
                    if (name != null) {
                        out.put(name, sql.toString().strip().replaceAll(";$", ""));
                    }
                    name = line.substring("-- name: ".length()).strip();
                    sql.setLength(0);
                } else if (!line.startsWith("--")) {
                    sql.append(line).append('\n');
                }
            }
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return out;
    }

    private static String quote(String s) {
        return "'" + s.replace("'", "''") + "'";
    }

    /** Every number DuckDB produced must be in the tool's JSON at the same path with the same value. */
    static int check(JsonNode duck, JsonNode tool) {
        List<String> diffs = new ArrayList<>();
        walk("", duck, tool, diffs);
        if (diffs.isEmpty()) {
            System.out.println("equal: every DuckDB number matches the tool's JSON");
            return 0;
        }
        diffs.stream().limit(20).forEach(d -> System.out.println("DIFF " + d));
        System.out.println(diffs.size() + " differences");
        return 1;
    }

    private static void walk(String path, JsonNode duck, JsonNode tool, List<String> diffs) {
        if (path.equals(".schema")) {
            return;
        }
        if (duck.isObject()) {
            for (Iterator<Map.Entry<String, JsonNode>> it = duck.fields(); it.hasNext();) {
                Map.Entry<String, JsonNode> e = it.next();
                JsonNode t = tool == null ? null : tool.get(e.getKey());
                walk(path + "." + e.getKey(), e.getValue(), t, diffs);
            }
        } else if (duck.isArray()) {
            if (tool == null || !tool.isArray() || tool.size() != duck.size()) {
                diffs.add(path + ": " + duck.size() + " entries in DuckDB, " + (tool == null ? "none" : tool.size()) + " in the tool");
                return;
            }
            for (int i = 0; i < duck.size(); i++) {
                walk(path + "[" + i + "]", duck.get(i), tool.get(i), diffs);
            }
        } else if (tool == null || !(duck.isNumber() ? tool.isNumber() && duck.asDouble() == tool.asDouble() : duck.asText().equals(tool.asText()))) {
            diffs.add(path + ": DuckDB " + duck + ", tool " + tool);
        }
    }
}
