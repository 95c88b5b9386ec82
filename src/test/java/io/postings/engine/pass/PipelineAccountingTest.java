package io.postings.engine.pass;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import io.postings.input.InputException;
import io.postings.input.InputOpener;
import io.postings.input.Source;
import io.postings.normalize.ColumnMap;
import io.postings.normalize.Normalizer;
import io.postings.normalize.RoleTaxonomy;
import io.postings.normalize.SalaryRules;
import io.postings.normalize.SkillTaxonomy;
import io.postings.report.Example;
import io.postings.report.InputSummary;
import io.postings.report.Problem;
import io.postings.report.Share;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

/** The pass accounts for every row: read = postings + duplicates + rejected, every problem with where it was. */
class PipelineAccountingTest {
    private static final String HEADER = "id,title,location,salary_min,salary_max,salary_currency,salary_period,salary,salary_estimated\n";

    @TempDir
    Path dir;

    private static Pipeline pipeline() {
        Normalizer normalizer = new Normalizer(new ColumnMap(Map.of()), RoleTaxonomy.defaults(), SkillTaxonomy.defaults(),
                new SalaryRules(2080, false));
        return new Pipeline(new InputOpener(new ByteArrayInputStream(new byte[0])), normalizer, Deduplicator.Mode.ID);
    }

    private InputSummary run(Pipeline pipeline, String... files) throws IOException {
        List<Source> sources = new ArrayList<>();
        for (String file : files) {
            sources.add(Source.of(file));
        }
        return pipeline.run(sources).stats().result(List.of(files), 10);
    }

    private String write(String name, String text) throws IOException {
        return Files.writeString(dir.resolve(name), text).toString();
    }

    private static Map<String, Problem> problems(InputSummary input) {
        return input.problems().stream().collect(Collectors.toMap(Problem::kind, p -> p));
    }

    @ParameterizedTest
    @ValueSource(strings = {"src/test/resources/bad/wrong-field-count.csv", "src/test/resources/bad/broken-line.jsonl",
        "src/test/resources/bad/invalid-utf8.csv", "src/test/resources/cli/small.csv"})
    void rowsReadArePostingsPlusDuplicatesPlusRejected(String file) throws IOException {
        InputSummary input = run(pipeline(), file);

        assertThat(input.rowsRead()).isPositive().isEqualTo(input.postings() + input.duplicates() + input.rejected());
        long rejectedProblems = input.problems().stream().filter(p -> p.kind().startsWith("rejected_"))
                .mapToLong(Problem::count).sum();
        assertThat(rejectedProblems).isEqualTo(input.rejected());
    }

    @Test
    void everySalaryExclusionComesWithExamplesAndTheSameCount() throws IOException {
        String file = write("pay.csv", HEADER
                + "1,Backend Developer,\"Austin, TX\",5,6,USD,year,,\n"
                + "2,Backend Developer,\"Austin, TX\",,,,,\"$120K-$150K (Glassdoor est.)\",\n"
                + "3,Backend Developer,\"Austin, TX\",100000,120000,USD,year,,true\n"
                + "4,Backend Developer,\"Berlin, Germany\",60000,70000,EUR,year,,\n"
                + "5,Backend Developer,Remote,60000,70000,USD,year,,\n"
                + "6,Backend Developer,\"Austin, TX\",90000,100000,EUR,year,,\n"
                + "7,Backend Developer,\"Austin, TX\",,,,,Competitive,\n"
                + "8,Backend Developer,\"Austin, TX\",100000,120000,USD,year,,\n");

        InputSummary input = run(pipeline(), file);
        Map<String, Problem> problems = problems(input);

        for (Share excluded : input.salaryExcluded()) {
            Problem problem = problems.get(excluded.key() + "_salary");
            long count = problem == null ? 0 : problem.count();
            assertThat(count).as(excluded.key()).isEqualTo(excluded.count());
        }
        assertThat(problems.get("out_of_range_salary").examples()).containsExactly(new Example(file + ":2", "5-6 USD/year"));
        assertThat(problems.get("estimated_salary").examples()).extracting(Example::where)
                .containsExactly(file + ":3", file + ":4");
        assertThat(problems.get("not_us_salary").examples()).containsExactly(
                new Example(file + ":5", "60000-70000 EUR/year in DE"),
                new Example(file + ":6", "60000-70000 USD/year (no known country)"));
        assertThat(problems.get("not_usd_salary").examples()).containsExactly(new Example(file + ":7", "90000-100000 EUR/year"));
        assertThat(problems.get("unparseable_salary").examples()).extracting(Example::where).containsExactly(file + ":8");
        assertThat(input.salaryValid()).isEqualTo(1);
    }

    @Test
    void aRowWithTwoUnreadableSalaryValuesIsOneProblem() throws IOException {
        String file = write("pay.csv", HEADER + "1,Backend Developer,\"Austin, TX\",lots,more,USD,year,Competitive,\n");

        InputSummary input = run(pipeline(), file);

        assertThat(problems(input).get("unparseable_salary").count()).isEqualTo(1);
        assertThat(input.salaryExcluded()).filteredOn(s -> s.key().equals("unparseable")).extracting(Share::count)
                .containsExactly(1L);
    }

    @Test
    void unmappedSkillsAreProblemsOncePerPostingWithWhereTheyWere() throws IOException {
        String file = write("skills.csv", "id,title,skills\n1,Backend Developer,Java;frobnicate;zork\n"
                + "2,Backend Developer,Java\n3,Backend Developer,zork\n");

        InputSummary input = run(pipeline(), file);

        Problem unmapped = problems(input).get("unmapped_skill");
        assertThat(unmapped.count()).isEqualTo(2);
        assertThat(unmapped.examples()).containsExactly(new Example(file + ":2", "frobnicate"), new Example(file + ":4", "zork"));
        assertThat(input.unmappedSkills()).extracting(Share::key, Share::count)
                .containsExactly(tuple("zork", 2L), tuple("frobnicate", 1L));
    }

    @Test
    void rejectedRowsReachTheSinkRawWithFileAndLine() throws IOException {
        List<String> sink = new ArrayList<>();

        run(pipeline().rejects((source, line, kind, raw) -> sink.add(source + ":" + line + " " + kind + " " + raw)),
                "src/test/resources/bad/broken-line.jsonl");

        assertThat(sink).containsExactly(
                "src/test/resources/bad/broken-line.jsonl:2 malformed_json "
                        + "{\"id\": \"p2\", \"title\": \"DevOps Engineer\", \"location\": ",
                "src/test/resources/bad/broken-line.jsonl:4 malformed_json not json at all");
    }

    @Test
    void strictStopsAtTheFirstDamageButNotAtVocabularyOrRules() throws IOException {
        String sound = write("sound.csv", HEADER
                + "1,Barista,Remote,60000,70000,EUR,year,,\n"
                + "1,Barista,Remote,60000,70000,EUR,year,,\n");
        String damaged = write("damaged.csv", HEADER
                + "1,Backend Developer,\"Austin, TX\",100000,120000,USD,year,,\n"
                + "2,Backend Developer,\"Austin, TX\",lots,,USD,year,,\n"
                + "3,too,few\n");

        InputSummary input = run(pipeline().strict(true), sound);
        assertThat(problems(input).keySet()).contains("unknown_role", "unknown_country", "duplicate_id", "not_us_salary");

        assertThatThrownBy(() -> run(pipeline().strict(true), damaged)).isInstanceOf(InputException.class)
                .hasMessage(damaged + ":3: unparseable_salary (--strict stops at the first damaged row): lots - null");
    }

    /** The pass normalizes a row before it knows the row is a duplicate: what the normalizer said about one is dropped. */
    @ParameterizedTest
    @EnumSource(Deduplicator.Mode.class)
    void aDuplicatesFieldProblemsAreNeverCountedNorStopAStrictRun(Deduplicator.Mode mode) throws IOException {
        String file = write("dups.csv", HEADER
                + "1,Backend Developer,\"Austin, TX\",100000,120000,USD,year,,\n"
                + "1,Barista,Atlantis,lots,more,XYZ,year,,\n"
                + "2,Backend Developer,\"Austin, TX\",100000,120000,USD,year,,\n");
        Normalizer normalizer = new Normalizer(new ColumnMap(Map.of()), RoleTaxonomy.defaults(), SkillTaxonomy.defaults(),
                new SalaryRules(2080, false));
        Pipeline strict = new Pipeline(new InputOpener(new ByteArrayInputStream(new byte[0])), normalizer, mode)
                .strict(true);

        InputSummary input = strict.run(List.of(Source.of(file))).stats().result(List.of(file), 10);

        assertThat(input.postings()).isEqualTo(mode == Deduplicator.Mode.ID ? 2 : 1);
        assertThat(input.duplicates()).isEqualTo(mode == Deduplicator.Mode.ID ? 1 : 2);
        assertThat(problems(input).keySet()).doesNotContain("unknown_role", "unknown_country", "unparseable_salary");
        assertThat(input.salaryStated()).isEqualTo(input.postings());
    }

    @Test
    void aFileWithNoRecordsIsAnErrorEvenAfterAGoodOne() throws IOException {
        String good = write("good.csv", HEADER + "1,Backend Developer,\"Austin, TX\",,,,,,\n");
        String empty = write("empty.json", "[\n]\n");

        assertThatThrownBy(() -> run(pipeline(), good, empty)).isInstanceOf(InputException.class)
                .hasMessage(empty + ": no records (an empty JSON array)");
    }

    @Test
    void aFileOfOnlyRejectedRowsIsAnErrorSayingWhyNotAReportOfZeros() throws IOException {
        String file = write("bad-rows.csv", HEADER + "1,x\n2,y\n");
        String good = write("good.csv", HEADER + "1,Backend Developer,\"Austin, TX\",,,,,,\n");

        assertThatThrownBy(() -> run(pipeline(), good, file)).isInstanceOf(InputException.class)
                .hasMessage(file + ": every row was rejected (2 rows; line 2 has 2 fields, the header 9: a different"
                        + " delimiter or unquoted ','?), so the file gave no postings");
    }
}
