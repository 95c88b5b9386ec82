package io.postings.engine.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.postings.engine.aggregate.Aggregation;
import io.postings.engine.aggregate.ExactRank;
import io.postings.engine.pass.Deduplicator;
import io.postings.engine.pass.Pipeline;
import io.postings.generate.PostingGenerator;
import io.postings.input.InputOpener;
import io.postings.normalize.ColumnMap;
import io.postings.normalize.Normalizer;
import io.postings.normalize.Posting;
import io.postings.normalize.RoleTaxonomy;
import io.postings.normalize.SalaryRules;
import io.postings.normalize.SkillTaxonomy;
import io.postings.render.JsonRenderer;
import io.postings.report.Parameters;
import java.io.BufferedWriter;
import java.io.ByteArrayInputStream;
import java.io.StringWriter;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.duckdb.DuckDBAppender;
import org.duckdb.DuckDBConnection;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The independent check of docs/METRICS.md: the normalized postings of a generated dump go into
 * DuckDB, every compare number is computed there in SQL, and the engine's JSON must equal
 * it exactly. The SQL shares no code with the engine; only the normalized postings and the
 * order-statistic rank j of the interval (computed here in exact arithmetic) are common.
 */
@Tag("slow")
class DuckDbCrossCheckTest {
    private static final Parameters PARAMS = new Parameters(30, 25, 10, 2080, false, "id");
    private static final ObjectMapper JSON = new ObjectMapper();
    /** The reference SQL the benchmark runs too. */
    private static final Map<String, String> SQL = ReferenceSql.load();

    @TempDir
    static Path dir;
    private static Connection db;
    private static Aggregation aggregation;

    @BeforeAll
    static void load() throws Exception {
        Path dump = dir.resolve("dump.csv");
        try (Writer w = new BufferedWriter(Files.newBufferedWriter(dump, StandardCharsets.UTF_8))) {
            new PostingGenerator(11).write(40_000, PostingGenerator.OutputFormat.CSV, w);
        }
        Normalizer normalizer = new Normalizer(new ColumnMap(Map.of()), RoleTaxonomy.defaults(), SkillTaxonomy.defaults(),
                new SalaryRules(2080, false));
        List<Posting> postings = new ArrayList<>();
        aggregation = new Pipeline(new InputOpener(new ByteArrayInputStream(new byte[0])), normalizer, Deduplicator.Mode.ID)
                .run(List.of(io.postings.input.Source.of(dump.toString())), postings::add);

        db = DriverManager.getConnection("jdbc:duckdb:");
        try (var st = db.createStatement()) {
            st.execute("CREATE TABLE postings (id VARCHAR, role VARCHAR, company VARCHAR, country VARCHAR, "
                    + "work_mode VARCHAR, seniority VARCHAR, salary DOUBLE, local_currency VARCHAR, local_salary DOUBLE)");
            st.execute("CREATE TABLE skills (id VARCHAR, skill VARCHAR)");
        }
        DuckDBConnection duck = db.unwrap(DuckDBConnection.class);
        try (DuckDBAppender p = duck.createAppender(DuckDBConnection.DEFAULT_SCHEMA, "postings");
             DuckDBAppender s = duck.createAppender(DuckDBConnection.DEFAULT_SCHEMA, "skills")) {
            for (Posting x : postings) {
                p.beginRow();
                p.append(x.id());
                nullable(p, x.role());
                nullable(p, x.company());
                nullable(p, x.country());
                nullable(p, x.workMode() == null ? null : x.workMode().key());
                nullable(p, x.seniority() == null ? null : x.seniority().key());
                if (x.hasUsBaseSalary()) {
                    p.append(x.salary());
                } else {
                    p.appendNull();
                }
                nullable(p, x.localCurrency());
                if (x.hasLocalSalary()) {
                    p.append(x.localSalary());
                } else {
                    p.appendNull();
                }
                p.endRow();
                for (String skill : x.skills()) {
                    s.beginRow().append(x.id()).append(skill).endRow();
                }
            }
        }
        assertThat(postings).hasSizeGreaterThan(30_000);
    }

    private static void nullable(DuckDBAppender a, String v) throws SQLException {
        if (v == null) {
            a.appendNull();
        } else {
            a.append(v);
        }
    }

    @AfterAll
    static void close() throws SQLException {
        db.close();
    }

    @ParameterizedTest
    @CsvSource({"Backend Developer, DevOps Engineer", "Embedded Developer, Software Engineer",
            "Full-Stack Developer, Backend Developer"})
    void engineJsonEqualsSql(String a, String b) throws Exception {
        StringWriter out = new StringWriter();
        JsonRenderer.write(Reports.compare(aggregation, a, b, PARAMS, List.of("dump.csv")), out);
        JsonNode report = JSON.readTree(out.toString());

        checkRole(report.get("a"), a);
        checkRole(report.get("b"), b);
        checkPair(report.get("pair"), a, b);
    }

    private void checkRole(JsonNode json, String role) throws SQLException {
        long postings = scalarLong(SQL.get("postings"), role);
        assertThat(json.get("postings").asLong()).isEqualTo(postings);

        List<List<Object>> top = rows(SQL.get("top_skills"), postings, role);
        assertThat(triples(json.get("top_skills"), "key", "count", "share")).isEqualTo(top);
        assertThat(json.get("top_skill").get("key").asText()).isEqualTo(top.get(0).get(0));

        // Median and its interval from the sorted salaries, in SQL.
        long n = scalarLong(SQL.get("salaried"), role);
        JsonNode salary = json.get("salary");
        assertThat(salary.get("n").asLong()).isEqualTo(n);
        assertThat(salary.get("coverage").asDouble()).isEqualTo((double) n / postings);
        double median = medianSql(SQL.get("salaries"), role);
        assertThat(salary.get("median").asDouble()).isEqualTo(median);
        int j = ExactRank.of(n);
        assertThat(j).isPositive();
        assertThat(salary.get("interval").get("low").asDouble())
                .isEqualTo(orderStatistic(SQL.get("salaries"), role, j));
        assertThat(salary.get("interval").get("high").asDouble())
                .isEqualTo(orderStatistic(SQL.get("salaries"), role, n - j + 1));

        // Distribution: nearest-rank percentiles, rank ceil(p * n / 100) in integer arithmetic.
        JsonNode distribution = salary.get("distribution");
        for (int p : new int[] {10, 25, 75, 90}) {
            assertThat(distribution.get("p" + p).asDouble()).as("p%d", p).isEqualTo(orderStatistic(SQL.get("salaries"), role,
                    scalarLong("SELECT greatest(1, (? * count(salary) + 99) // 100) FROM postings WHERE role = ?", p, role)));
        }
        assertThat(distribution.get("median").asDouble()).isEqualTo(median);

        // Pay by seniority: the exact median per level, with n and the small-sample flag.
        String[] levels = {"entry", "mid", "senior", "staff"};
        for (int i = 0; i < levels.length; i++) {
            JsonNode level = json.get("salary_by_seniority").get(i);
            long ln = scalarLong("SELECT count(salary) FROM postings WHERE role = ? AND seniority = ?", role, levels[i]);
            assertThat(level.get("level").asText()).isEqualTo(levels[i]);
            assertThat(level.get("n").asLong()).isEqualTo(ln);
            assertThat(level.get("small_sample").asBoolean()).isEqualTo(ln < 50);
            if (ln > 0) {
                assertThat(level.get("median").asDouble()).as("%s %s", role, levels[i]).isEqualTo(medianSql(
                        "SELECT salary AS v FROM postings WHERE role = ? AND seniority = ? AND salary IS NOT NULL",
                        role, levels[i]));
            } else {
                assertThat(level.get("median").isNull()).isTrue();
            }
        }

        // Pay outside the US in the stated currency: per (country, currency), n desc, country, currency, top K.
        List<List<Object>> local = rows("""
                SELECT country, local_currency, count(*) AS n FROM postings
                WHERE role = ? AND country IS NOT NULL AND local_currency IS NOT NULL
                GROUP BY country, local_currency ORDER BY n DESC, country, local_currency LIMIT 10""", role);
        assertThat(local).isNotEmpty();
        JsonNode byCountry = json.get("salary_by_country");
        assertThat(byCountry).hasSize(local.size());
        for (int i = 0; i < local.size(); i++) {
            JsonNode l = byCountry.get(i);
            String country = (String) local.get(i).get(0);
            String currency = (String) local.get(i).get(1);
            assertThat(List.of(l.get("country").asText(), l.get("currency").asText(), l.get("n").asLong()))
                    .isEqualTo(local.get(i));
            assertThat(l.get("median").asDouble()).as("%s %s", country, currency).isEqualTo(medianSql(
                    "SELECT local_salary AS v FROM postings WHERE role = ? AND country = ? AND local_currency = ?",
                    role, country, currency));
            assertThat(l.get("small_sample").asBoolean()).isEqualTo(l.get("n").asLong() < 50);
        }

        // Skill salaries: n >= 25, ordered by median desc, n desc, name.
        List<List<Object>> skillSalaries = rows(SQL.get("skill_salaries"), role, median, median, median);
        List<List<Object>> engine = new ArrayList<>();
        for (JsonNode s : json.get("skill_salaries")) {
            engine.add(List.of(s.get("skill").asText(), s.get("n").asLong(), s.get("median").asDouble(),
                    s.get("premium").asDouble(), s.get("premium_pct").asDouble()));
            assertThat(s.get("small_sample").asBoolean()).isEqualTo(s.get("n").asLong() < 50);
        }
        assertThat(engine).isEqualTo(skillSalaries);
        assertThat(engine).isNotEmpty();

        // Seniority and work mode buckets, unknown included.
        for (String[] dim : new String[][] {{"seniority", "entry,mid,senior,staff,unknown"}, {"work_mode", "remote,hybrid,onsite,unknown"}}) {
            String column = dim[0];
            String[] keys = dim[1].split(",");
            for (int i = 0; i < keys.length; i++) {
                long count = scalarLong(SQL.get("bucket").replace("{column}", column), role, keys[i]);
                JsonNode bucket = json.get(column).get(i);
                assertThat(bucket.get("key").asText()).isEqualTo(keys[i]);
                assertThat(bucket.get("count").asLong()).as("%s %s", column, keys[i]).isEqualTo(count);
                assertThat(bucket.get("share").asDouble()).isEqualTo((double) count / postings);
            }
        }
        assertThat(json.get("entry_level_share").asDouble()).isEqualTo(json.get("seniority").get(0).get("share").asDouble());
        assertThat(json.get("remote_share").asDouble()).isEqualTo(json.get("work_mode").get(0).get("share").asDouble());

        assertThat(triples(json.get("countries"), "key", "count", "share")).isEqualTo(rows(SQL.get("countries"), postings, role));
        assertThat(json.get("unknown_country").get("count").asLong()).isEqualTo(scalarLong(SQL.get("unknown_country"), role));

        assertThat(triples(json.get("employers"), "key", "count", "share")).isEqualTo(rows(SQL.get("employers"), role, postings));
    }

    private void checkPair(JsonNode pair, String a, String b) throws SQLException {
        String topSets = SQL.get("top_sets") + "\n";
        long inter = scalarLong(topSets + SQL.get("intersection"), a, b, a, b);
        long union = scalarLong(topSets + SQL.get("union"), a, b, a, b);
        assertThat(pair.get("intersection").asLong()).isEqualTo(inter);
        assertThat(pair.get("union").asLong()).isEqualTo(union);
        assertThat(pair.get("jaccard").asDouble()).isEqualTo((double) inter / union);

        long pa = scalarLong(SQL.get("postings"), a);
        long pb = scalarLong(SQL.get("postings"), b);
        List<List<Object>> shared = rows(topSets + """
                , common AS (SELECT skill FROM top WHERE role = ? INTERSECT SELECT skill FROM top WHERE role = ?)
                SELECT skill FROM common
                ORDER BY (coalesce((SELECT c FROM c WHERE role = ? AND c.skill = common.skill), 0) * ?
                        + coalesce((SELECT c FROM c WHERE role = ? AND c.skill = common.skill), 0) * ?) DESC, lower(skill), skill""",
                a, b, a, b, a, pb, b, pa);
        List<List<Object>> engineShared = new ArrayList<>();
        pair.get("shared").forEach(s -> engineShared.add(List.of(s.get("skill").asText())));
        assertThat(engineShared).isEqualTo(shared);

        List<List<Object>> onlyA = rows(topSets + """
                SELECT t.skill FROM t WHERE role = ? AND r <= 30 AND skill NOT IN (SELECT skill FROM top WHERE role = ?)
                ORDER BY c DESC, lower(skill), skill""", a, b, a, b);
        List<List<Object>> engineOnlyA = new ArrayList<>();
        pair.get("exclusive_a").forEach(s -> engineOnlyA.add(List.of(s.get("skill").asText())));
        assertThat(engineOnlyA).isEqualTo(onlyA);

        double ma = medianSql(SQL.get("salaries"), a);
        double mb = medianSql(SQL.get("salaries"), b);
        assertThat(pair.get("salary_gap").get("usd").asDouble()).isEqualTo(ma - mb);
        assertThat(pair.get("salary_gap").get("pct").asDouble()).isEqualTo(Math.abs(ma - mb) / Math.min(ma, mb));
        checkAdjustedGap(pair.get("seniority_adjusted_gap"), a, b);
        assertThat(pair.get("volume").get("ratio").asDouble()).isEqualTo((double) pa / pb);
        assertThat(pair.get("volume").get("larger_over_smaller").asDouble()).isEqualTo((double) Math.max(pa, pb) / Math.min(pa, pb));
        assertThat(pair.get("volume").get("difference").asLong()).isEqualTo(pa - pb);
    }

    /** Level medians in SQL, weighted by the pooled count of salaried postings per level, summed in level order. */
    private void checkAdjustedGap(JsonNode gap, String a, String b) throws SQLException {
        List<List<Object>> levels = rows("""
                SELECT seniority, count(salary) FILTER (WHERE role = ?) AS na, count(salary) FILTER (WHERE role = ?) AS nb
                FROM postings WHERE role IN (?, ?) AND seniority IS NOT NULL AND salary IS NOT NULL
                GROUP BY seniority HAVING na > 0 AND nb > 0
                ORDER BY list_position(['entry', 'mid', 'senior', 'staff'], seniority)""", a, b, a, b);
        assertThat(levels).isNotEmpty();
        long n = 0;
        double sumA = 0;
        double sumB = 0;
        List<String> names = new ArrayList<>();
        for (List<Object> level : levels) {
            String name = (String) level.get(0);
            long weight = (Long) level.get(1) + (Long) level.get(2);
            names.add(name);
            n += weight;
            String values = "SELECT salary AS v FROM postings WHERE role = ? AND seniority = ? AND salary IS NOT NULL";
            sumA += weight * medianSql(values, a, name);
            sumB += weight * medianSql(values, b, name);
        }
        List<String> engineLevels = new ArrayList<>();
        gap.get("levels").forEach(l -> engineLevels.add(l.asText()));
        assertThat(engineLevels).isEqualTo(names);
        assertThat(gap.get("n").asLong()).isEqualTo(n);
        double sa = sumA / n;
        double sb = sumB / n;
        assertThat(gap.get("standardized_a").asDouble()).isEqualTo(sa);
        assertThat(gap.get("standardized_b").asDouble()).isEqualTo(sb);
        assertThat(gap.get("usd").asDouble()).isEqualTo(sa - sb);
        assertThat(gap.get("pct").asDouble()).isEqualTo(Math.abs(sa - sb) / Math.min(sa, sb));
    }

    private static double medianSql(String values, Object... args) throws SQLException {
        List<List<Object>> r = rows(SQL.get("median").replace("{values}", values), args);
        return ((Number) r.get(0).get(0)).doubleValue();
    }

    private static double orderStatistic(String values, String role, long i) throws SQLException {
        List<List<Object>> r = rows("WITH v AS (" + values + ") SELECT v FROM v ORDER BY v LIMIT 1 OFFSET ?", role, i - 1);
        return ((Number) r.get(0).get(0)).doubleValue();
    }

    private static long scalarLong(String sql, Object... args) throws SQLException {
        return ((Number) rows(sql, args).get(0).get(0)).longValue();
    }

    private static List<List<Object>> rows(String sql, Object... args) throws SQLException {
        try (PreparedStatement st = db.prepareStatement(sql)) {
            for (int i = 0; i < args.length; i++) {
                st.setObject(i + 1, args[i]);
            }
            List<List<Object>> out = new ArrayList<>();
            try (ResultSet rs = st.executeQuery()) {
                int columns = rs.getMetaData().getColumnCount();
                while (rs.next()) {
                    List<Object> row = new ArrayList<>();
                    for (int c = 1; c <= columns; c++) {
                        Object v = rs.getObject(c);
                        row.add(v instanceof Number num && !(v instanceof Double) && !(v instanceof BigDecimal)
                                ? (Object) num.longValue() : v instanceof BigDecimal d ? (Object) d.doubleValue() : v);
                    }
                    out.add(row);
                }
            }
            return out;
        }
    }

    private static List<List<Object>> triples(JsonNode array, String key, String count, String share) {
        List<List<Object>> out = new ArrayList<>();
        for (JsonNode s : array) {
            out.add(List.of(s.get(key).asText(), s.get(count).asLong(), s.get(share).asDouble()));
        }
        return out;
    }
}
