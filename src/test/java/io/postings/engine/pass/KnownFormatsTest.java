package io.postings.engine.pass;

import static org.assertj.core.api.Assertions.assertThat;

import io.postings.engine.aggregate.Aggregation;
import io.postings.input.InputOpener;
import io.postings.input.Opened;
import io.postings.input.RawRecord;
import io.postings.input.RecordReader;
import io.postings.input.Source;
import io.postings.normalize.ColumnMap;
import io.postings.normalize.ExportFormat;
import io.postings.normalize.Normalizer;
import io.postings.normalize.Posting;
import io.postings.normalize.RoleTaxonomy;
import io.postings.normalize.SalaryRules;
import io.postings.normalize.SkillTaxonomy;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every export format the tool knows, end to end through the pipeline, from a fixture in the
 * format's exact column layout (src/test/resources/formats/): it is recognised from its
 * columns, and each posting comes out with the right role, company, country, work mode,
 * seniority, salary and salary source, as {@code formats/expected.txt} lists them, one line per
 * posting: {@code id | role | company | country | work mode | seniority | salary status annual source | posted}.
 */
class KnownFormatsTest {
    private static final String DIR = "src/test/resources/formats/";

    private record Run(List<String> postings, List<String> formats, Aggregation aggregation, List<List<String>> skills) {
    }

    private static Run run(String... files) throws IOException {
        Normalizer normalizer = new Normalizer(new ColumnMap(Map.of()), RoleTaxonomy.defaults(), SkillTaxonomy.defaults(),
                new SalaryRules(2080, false));
        List<String> lines = new ArrayList<>();
        List<String> formats = new ArrayList<>();
        List<List<String>> skills = new ArrayList<>();
        List<Source> sources = new ArrayList<>();
        for (String f : files) {
            sources.add(Source.of(DIR + f));
        }
        Aggregation agg = new Pipeline(new InputOpener(new ByteArrayInputStream(new byte[0])), normalizer,
                Deduplicator.Mode.ID)
                .observe(new Pipeline.Observer() {
                    @Override
                    public void posting(RawRecord record, Posting p) {
                        lines.add(line(p));
                        skills.add(List.copyOf(p.skills()));
                    }

                    @Override
                    public void finished(Source input, RecordReader reader, ExportFormat format) {
                        formats.add(format == null ? "none" : format.key());
                    }
                })
                .run(sources);
        return new Run(lines, formats, agg, skills);
    }

    private static String line(Posting p) {
        String salary = p.salaryStatus().key()
                + (Double.isNaN(p.salary()) ? "" : " " + String.format(Locale.ROOT, "%.0f", p.salary()))
                + (p.salarySource() == null ? "" : " " + p.salarySource().key());
        return String.join(" | ", p.id(), String.valueOf(p.role()), String.valueOf(p.company()),
                String.valueOf(p.country()), p.workMode() == null ? "-" : p.workMode().key(),
                p.seniority() == null ? "-" : p.seniority().key(), salary, String.valueOf(p.postedAt()));
    }

    /**
     * One case of {@code formats/expected.txt}: fixtures read in order, the formats recognised, the
     * postings that come out; {@link #MORE} holds what else a case checks.
     */
    private record Case(String name, List<String> files, List<String> formats, List<String> postings) {
        @Override
        public String toString() {
            return name;
        }
    }

    static Stream<Case> formats() throws IOException {
        List<Case> cases = new ArrayList<>();
        for (String line : Files.readAllLines(Path.of(DIR, "expected.txt"))) {
            if (line.startsWith("== ")) {
                String[] head = line.substring(3).split(" \\| ");
                cases.add(new Case(head[0], List.of(head[1].split(", ")), List.of(head[2].split(", ")), new ArrayList<>()));
            } else if (!line.isBlank() && !line.startsWith("#")) {
                cases.get(cases.size() - 1).postings().add(line.replace("{DIR}", DIR));
            }
        }
        assertThat(cases.stream().map(Case::name)).containsAll(MORE.keySet());
        return cases.stream();
    }

    /** What a case checks besides its postings, by case name. */
    private static final Map<String, Consumer<Run>> MORE = Map.of(
            "data jobs 2023", r -> {
                // job_skills is a Python-list string, every name known
                assertThat(r.skills().get(1)).containsExactly("R", "Python", "SQL", "NoSQL", "Power BI", "Tableau");
                var input = r.aggregation().stats().result(List.of(), 10);
                assertThat(input.unmappedSkills()).isEmpty();
                assertThat(input.problems()).extracting(p -> p.kind()).noneMatch(k -> k.startsWith("unread_"));
            },
            // FULL_TIME and CONTRACT are not problems
            "explicit work mode fields win over remote flags, employment types are ignored",
            r -> assertThat(r.aggregation().stats().result(List.of(), 10).problems()).isEmpty(),
            "header names as people write them", r -> {
                // skills from "Job Description"
                assertThat(r.skills().get(1)).contains("Airflow", "Kafka");
                assertThat(r.aggregation().stats().result(List.of(), 10).withoutRole()).isZero();
            },
            "open jobs data, CSV and JSON", r -> assertThat(r.aggregation().stats().result(List.of(), 10).duplicates()).isEqualTo(1),
            // the same job number under other tracking parameters is a duplicate
            "LinkedIn Brazil", r -> assertThat(r.aggregation().stats().result(List.of(), 10).duplicates()).isEqualTo(1),
            "RemoteOK skips its legal notice", r -> {
                var input = r.aggregation().stats().result(List.of(), 10);
                assertThat(input.rowsRead()).isEqualTo(5);
                assertThat(input.rejected()).isEqualTo(1);
                assertThat(input.problems()).anySatisfy(p -> assertThat(p.kind()).isEqualTo("skipped_notice"));
            });

    @ParameterizedTest(name = "{0}")
    @MethodSource("formats")
    void isRecognisedAndReadEndToEnd(Case c) throws IOException {
        Run r = run(c.files().toArray(String[]::new));

        assertThat(r.formats()).containsExactlyElementsOf(c.formats());
        assertThat(r.postings()).containsExactlyElementsOf(c.postings());
        MORE.getOrDefault(c.name(), run -> { }).accept(r);
    }

    @Test
    void theObserverIsToldHowEachInputWasOpened() throws IOException {
        List<Opened> opened = new ArrayList<>();
        Normalizer normalizer = new Normalizer(new ColumnMap(Map.of()), RoleTaxonomy.defaults(), SkillTaxonomy.defaults(),
                new SalaryRules(2080, false));
        new Pipeline(new InputOpener(new ByteArrayInputStream(new byte[0])), normalizer, Deduplicator.Mode.ID)
                .observe(new Pipeline.Observer() {
                    @Override
                    public void opened(Source input, Opened o) {
                        opened.add(o);
                    }
                })
                .run(List.of(Source.of(DIR + "linkedin-brazil.csv"), Source.of(DIR + "greenhouse.json")));

        assertThat(opened).extracting(o -> o.format().name()).containsExactly("CSV", "JSON");
        assertThat(opened).allSatisfy(o -> assertThat(o.gzip() || o.bom()).isFalse());
    }
}
