package io.postings.render;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.StreamWriteFeature;
import com.fasterxml.jackson.core.json.JsonWriteFeature;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.json.JsonMapper;
import io.postings.engine.aggregate.Aggregation;
import io.postings.engine.analysis.Matrix;
import io.postings.engine.analysis.Reports;
import io.postings.engine.analysis.SkillTable;
import io.postings.engine.analysis.Trends;
import io.postings.engine.pass.Deduplicator;
import io.postings.engine.pass.Pipeline;
import io.postings.generate.PostingGenerator;
import io.postings.input.InputOpener;
import io.postings.input.Source;
import io.postings.normalize.ColumnMap;
import io.postings.normalize.Normalizer;
import io.postings.normalize.RoleTaxonomy;
import io.postings.normalize.SalaryRules;
import io.postings.normalize.SkillTaxonomy;
import io.postings.report.Change;
import io.postings.report.CheckReport;
import io.postings.report.TaxonomyVersions;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.lang.reflect.RecordComponent;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The JSON writer walks report records itself; until it did, jackson-databind wrote them, and
 * saved reports and CI scripts hold those bytes. Every report the engine builds, written both
 * ways, must be the same bytes: databind, configured as it was, is the oracle here.
 */
class JsonRendererTest {
    private static final ObjectWriter DATABIND = JsonMapper.builder()
            .propertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
            .enable(StreamWriteFeature.USE_FAST_DOUBLE_WRITER)
            .enable(StreamWriteFeature.WRITE_BIGDECIMAL_AS_PLAIN)
            .disable(JsonWriteFeature.ESCAPE_NON_ASCII)
            .disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET)
            .build()
            .writer(new DefaultPrettyPrinter()
                    .withSeparators(Separators.createDefaultInstance().withObjectFieldValueSpacing(Separators.Spacing.AFTER))
                    .withObjectIndenter(new DefaultIndenter("  ", "\n"))
                    .withArrayIndenter(new DefaultIndenter("  ", "\n")));
    private static final io.postings.report.Parameters PARAMS = new io.postings.report.Parameters(30, 25, 10, 2080, false, "id");
    private static final TaxonomyVersions TAXONOMY = new TaxonomyVersions("ab12", 3, "cd34", 4);

    @TempDir
    static Path dir;
    private static Aggregation sample;

    @BeforeAll
    static void aggregate() throws IOException {
        Path dump = dir.resolve("dump.csv");
        try (Writer w = Files.newBufferedWriter(dump)) {
            new PostingGenerator(7).write(6_000, PostingGenerator.OutputFormat.CSV, w);
        }
        Normalizer normalizer = new Normalizer(new ColumnMap(Map.of()), RoleTaxonomy.defaults(), SkillTaxonomy.defaults(),
                new SalaryRules(2080, false));
        sample = new Pipeline(new InputOpener(new ByteArrayInputStream(new byte[0])), normalizer, Deduplicator.Mode.ID)
                .run(List.of(Source.of(dump.toString())));
    }

    static Stream<Object> reports() {
        List<String> files = List.of("dump.csv");
        List<Object> out = new ArrayList<>();
        out.add(Reports.compare(sample, "Backend Developer", "DevOps Engineer", PARAMS, files));
        out.add(Reports.compareRoles(sample, List.of("Data Analyst", "Data Scientist", "Data Engineer"), PARAMS, files,
                TAXONOMY));
        out.add(Reports.profile(sample, "Backend Developer", "Backend Engineer", List.of("Backend Engineer"), PARAMS,
                files, TAXONOMY));
        out.add(Reports.profile(sample, "Backend Developer", null, List.of(), PARAMS, files, null));
        out.add(Reports.profiles(sample, PARAMS, files, TAXONOMY));
        out.add(Reports.roles(sample, files));
        out.add(SkillTable.skills(sample, "DevOps Engineer", PARAMS, SkillTable.Sort.PAY, files, TAXONOMY));
        out.add(Matrix.matrix(sample, null, PARAMS, files, TAXONOMY));
        out.add(Trends.trend(sample, List.of("Backend Developer", "Site Reliability Engineer"), Trends.By.WEEK, PARAMS,
                files, TAXONOMY));
        out.add(Fixtures.compare());
        out.add(Fixtures.sparse());
        out.add(Fixtures.roles());
        out.add(check());
        return out.stream();
    }

    @ParameterizedTest
    @MethodSource("reports")
    void everyReportIsTheBytesDatabindWrote(Object report) throws IOException {
        assertThat(ours(report)).isEqualTo(DATABIND.writeValueAsString(report) + "\n");
    }

    /** Values check carries as read: numbers as exact decimals, text, and whole objects and arrays as parsed. */
    private static CheckReport check() {
        ObjectMapper exact = JsonMapper.builder().enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS).build();
        try {
            var tree = exact.readTree("{\"a\": [1, 2.50, -3e-7, \"x\", true, null, {\"b\": {}}, []], \"n\": 12345678901234}");
            List<Change> changes = List.of(
                    new Change("a.salary.median", new BigDecimal("150000.0"), new BigDecimal("149500"), new BigDecimal("-500.0")),
                    new Change("a.top_skills[Rust]", tree, tree.get("a"), null),
                    new Change("b.role", "Développeur \"backend\" \u2014 ok", null, null));
            return new CheckReport(CheckReport.SCHEMA, "compare.json", "postings.compare/3", List.of("x.csv"), 0.0,
                    null, 0.5, null, List.of(), 40, changes, List.of(), changes.subList(0, 1));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Any double, as the Schubfach writer gives it, including the ones JSON has no number for. */
    @Property(tries = 300)
    void doublesAreWrittenAsDatabindWroteThem(@ForAll double value, @ForAll long count) throws IOException {
        Map<String, Object> inRecord = Map.of("v", value);
        Object report = new io.postings.report.Share("k", count, count, value);
        assertThat(ours(report)).isEqualTo(DATABIND.writeValueAsString(report) + "\n");
        assertThat(ours(inRecord)).isEqualTo(DATABIND.writeValueAsString(inRecord) + "\n");
    }

    @Test
    void everyComponentOfEveryReportRecordIsNamedAsDatabindNamedIt() throws Exception {
        var snake = new PropertyNamingStrategies.SnakeCaseStrategy();
        int checked = 0;
        try (Stream<Path> files = Files.list(Path.of("src", "main", "java", "io", "postings", "report"))) {
            for (Path file : (Iterable<Path>) files::iterator) {
                String name = file.getFileName().toString().replace(".java", "");
                Class<?> type = Class.forName("io.postings.report." + name.replace("package-info", "Names"));
                if (!type.isRecord()) {
                    continue;
                }
                for (RecordComponent c : type.getRecordComponents()) {
                    assertThat(JsonRenderer.snakeCase(c.getName())).as(type.getSimpleName() + "." + c.getName())
                            .isEqualTo(snake.translate(c.getName()));
                    checked++;
                }
            }
        }
        assertThat(checked).isGreaterThan(200);
        assertThat(JsonRenderer.snakeCase("top30Jaccard")).isEqualTo(snake.translate("top30Jaccard"));
        assertThat(JsonRenderer.snakeCase("usBaseSalaryURL")).isEqualTo(snake.translate("usBaseSalaryURL"));
    }

    @Test
    void aValueWithNoJsonFormIsABugNotAGuess() {
        assertThatThrownBy(() -> ours(new Change("x", Thread.currentThread(), null, null)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("no JSON form for java.lang.Thread");
    }

    private static String ours(Object report) throws IOException {
        StringWriter out = new StringWriter();
        JsonRenderer.write(report, out);
        return out.toString();
    }
}
