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
 * seniority, salary and salary source. One line per posting:
 * {@code id | role | company | country | work mode | seniority | salary status annual source | posted}.
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

    /** One format's fixture(s): the formats recognised, the postings that come out, and what else holds. */
    private record Case(String name, List<String> files, List<String> formats, List<String> postings, Consumer<Run> more) {
        Case then(Consumer<Run> check) {
            return new Case(name, files, formats, postings, check);
        }

        @Override
        public String toString() {
            return name;
        }
    }

    /** {@code files} and {@code formats} space-separated, in reading order. */
    private static Case read(String name, String files, String formats, String... postings) {
        return new Case(name, List.of(files.split(" ")), List.of(formats.split(" ")), List.of(postings), r -> { });
    }

    static Stream<Case> formats() {
        return Stream.of(
                read("JobSpy CSV", "jobspy.csv", "jobspy",
                        // yearly min/max columns, interval "yearly"; "Software Engineer, Backend" is Backend
                        "in-5b2c3e8f1a | Backend Developer | Acme Robotics | US | onsite | senior | valid 170000 column | 2026-05-02",
                        // hourly: 67.5 x 2080; is_remote True
                        "gd-1009 | DevOps Engineer | Northwind | US | remote | - | valid 140400 column | 2026-05-03",
                        // "Toronto, ON, CA" is Canada; LinkedIn's job_level "mid-senior level"
                        "li-4424859991 | Data Analyst | Globex | CA | onsite | senior | none | 2026-05-04",
                        // an empty is_remote is unknown, the title says remote; "Remote" names no country
                        "zr-77 | Frontend Developer | Initech | null | remote | - | not_us column | 2026-05-05"),
                read("JobSpy JSON from every board", "jobspy.json", "jobspy",
                        // Glassdoor: listing_type "sponsored" is no work mode, is_remote false is onsite
                        "gd-1010165569065 | ML Engineer | Horizon Technologies | IL | onsite | entry | none | 2026-06-12",
                        "200667381-0865 | Embedded Developer | Apple | IL | onsite | - | none | 2026-06-09",
                        // Google Cloud hardware is not Cloud Engineer
                        "119759777214407366 | Hardware Engineer | Google | IL | onsite | senior | none | 2026-06-03",
                        // Greenhouse through JobSpy: listing_type hybrid; "Tel Aviv, TA" is Israel
                        "gh-7749481003 | DevOps Engineer | SentinelOne | IL | hybrid | staff | none | 2026-06-09",
                        "li-4424859991 | null | Truvify | IL | remote | senior | none | 2026-06-12"),
                read("Kaggle LinkedIn postings", "linkedin-postings.csv", "linkedin-kaggle",
                        // HOURLY 17-20: 18.5 x 2080; listed_time in epoch milliseconds
                        "921716 | null | Corcoran Sawyer Smith | US | - | - | valid 38480 column | 2024-04-17",
                        "1829192 | Backend Developer | null | US | remote | senior | valid 170000 column | 2024-04-11",
                        // med_salary alone is the figure
                        "10998357 | Data Engineer | The National Exemplar | US | - | entry | valid 140000 column | 2024-04-15",
                        // work_type CONTRACT is no work mode; formatted_experience_level "Associate" is entry
                        "23221523 | DevOps Engineer | Abrams Fensterman | US | remote | entry | none | 2024-04-11"),
                read("data jobs 2023", "data-jobs.csv", "data-jobs",
                        // no id column: each row is its own posting; job_country names the country; "Principal" is staff
                        DIR + "data-jobs.csv:2 | Data Engineer | Boehringer Ingelheim | US | onsite | staff | none | 2023-06-16",
                        DIR + "data-jobs.csv:3 | Data Analyst | Hewlett Packard Enterprise | MX | onsite | - | none | 2023-01-14",
                        // salary_rate "year": salary_year_avg; job_work_from_home True is remote
                        DIR + "data-jobs.csv:4 | Data Engineer | Nike | US | remote | - | valid 120000 column | 2023-10-10",
                        // salary_rate "hour": salary_hour_avg 35 x 2080
                        DIR + "data-jobs.csv:5 | Data Analyst | Acme | US | onsite | - | valid 72800 column | 2023-03-01",
                        DIR + "data-jobs.csv:6 | Data Scientist | Globex | GB | onsite | - | not_us column | 2023-05-02").then(r -> {
                    // job_skills is a Python-list string, every name known
                    assertThat(r.skills().get(1)).containsExactly("R", "Python", "SQL", "NoSQL", "Power BI", "Tableau");
                    var input = r.aggregation().stats().result(List.of(), 10);
                    assertThat(input.unmappedSkills()).isEmpty();
                    assertThat(input.problems()).extracting(p -> p.kind()).noneMatch(k -> k.startsWith("unread_"));
                }),
                read("explicit work mode fields win over remote flags, employment types are ignored",
                        "work-modes.json work-modes.csv", "none none",
                        // "remote": false, "workplace": "HYBRID": the explicit field wins
                        "w1 | Backend Developer | null | US | hybrid | - | none | null",
                        "w2 | Backend Developer | null | US | onsite | - | none | null",
                        // work_type FULL_TIME is an employment type: passed over for formatted_work_type
                        "w3 | Backend Developer | null | US | remote | - | none | null",
                        // job_type FULL_TIME or CONTRACT is no work mode: the remote flag decides
                        "w4 | Backend Developer | null | US | remote | - | none | null",
                        "w5 | Backend Developer | null | US | onsite | - | none | null",
                        "w6 | Backend Developer | null | US | onsite | - | none | null",
                        // Portuguese, Spanish and German labels
                        "w7 | Backend Developer | null | BR | onsite | - | none | null",
                        "w8 | Backend Developer | null | BR | hybrid | - | none | null",
                        "w9 | Backend Developer | null | ES | remote | - | none | null",
                        "w10 | Backend Developer | null | DE | onsite | - | none | null",
                        "w11 | Backend Developer | null | US | remote | - | none | null",
                        // header names as people write them: "Workplace Type", "Is Remote", "Salary Estimate"
                        "x1 | Backend Developer | Acme | US | hybrid | senior | valid 135000 text | null",
                        "x2 | DevOps Engineer | Globex | US | remote | - | valid 145000 text | null").then(r -> {
                    var input = r.aggregation().stats().result(List.of(), 10);
                    // FULL_TIME and CONTRACT are not problems
                    assertThat(input.problems()).isEmpty();
                }),
                // a scraped Glassdoor CSV: "Job Title", "Company Name", "Salary Estimate", "Job Description"
                read("header names as people write them", "scraped-glassdoor.csv", "none",
                        DIR + "scraped-glassdoor.csv:2 | Data Scientist | Healthfirst | US | - | senior | estimated estimated | null",
                        DIR + "scraped-glassdoor.csv:3 | Data Engineer | Affinity Solutions | US | - | - | valid 155000 text | null").then(r -> {
                    // skills from "Job Description"
                    assertThat(r.skills().get(1)).contains("Airflow", "Kafka");
                    assertThat(r.aggregation().stats().result(List.of(), 10).withoutRole()).isZero();
                }),
                read("a Greenhouse board pays in cents", "greenhouse.json", "greenhouse",
                        // the first pay range, 17,000,000 - 21,000,000 cents
                        "4012345 | Site Reliability Engineer | Acme | US | - | senior | valid 190000 column | 2026-05-01",
                        "4012346 | Account Executive | Acme | GB | - | - | none | 2026-05-02"),
                read("Lever postings", "lever.json", "lever",
                        // the company is the board in hostedUrl; CAD in Canada is not US pay
                        "5ac21346-8e0c-4494-8e7a-3eb92ff77902 | Mobile Developer | leverdemo | CA | hybrid | senior | not_us column"
                                + " | 2024-05-01",
                        // salaryRange per-hour-wage 70-90
                        "0b7d2c31-aaaa-4bbb-8ccc-123456789abc | Data Engineer | leverdemo | US | remote | - | valid 166400 column"
                                + " | 2024-05-02"),
                read("Adzuna's predicted salaries are estimates", "adzuna.json", "adzuna",
                        "4712345678 | Full-Stack Developer | Umbrella Corp | US | - | - | valid 120000 column | 2026-05-03",
                        "4712345679 | Python Developer | Hooli | US | - | - | estimated estimated | 2026-05-04"),
                read("open jobs data, CSV and JSON", "open-jobs-data.csv open-jobs-data.json", "open-jobs-data open-jobs-data",
                        "8023928 | Account Executive | Stripe | GB | - | - | none | 2026-07-30",
                        // several locations joined by "; " and "&": the first wins; isRemote false is onsite
                        "8077887 | Backend Developer | Stripe | US | onsite | - | none | 2026-07-22",
                        "B6067A117F | Product Manager | Databricks | US | remote | senior | none | 2026-07-01",
                        "8141211 | Account Executive | Stripe | SG | - | - | none | 2026-08-21",
                        "8146159 | Software Engineer | Stripe | US | remote | staff | none | 2026-08-21").then(r -> {
                    assertThat(r.aggregation().stats().result(List.of(), 10).duplicates()).isEqualTo(1);
                }),
                read("LinkedIn Brazil", "linkedin-brazil.csv", "linkedin-brazil",
                        // Portuguese work mode and level; the job number out of a tracking link
                        "3625194030 | Data Analyst | Aurora Energia | BR | hybrid | senior | none | 2023-06-22",
                        // the pay in a shifted worktype column
                        "3610009427 | Data Engineer | Plurix | BR | remote | entry | not_us text | null",
                        "3625194999 | Data Scientist | Shift | BR | onsite | entry | none | null").then(r -> {
                    // the same job number under other tracking parameters is a duplicate
                    assertThat(r.aggregation().stats().result(List.of(), 10).duplicates()).isEqualTo(1);
                }),
                read("RemoteOK skips its legal notice", "remoteok.json", "remoteok",
                        "1130001 | Backend Developer | Acme | US | remote | senior | valid 165000 column | 2026-03-16",
                        // 30 with no period is hourly; no location, so no country
                        "1130002 | null | Globex | null | remote | - | not_us column | 2026-03-15",
                        // mojibake undone: "GdaÅ\u0084sk" is Gdańsk, Poland
                        "1130003 | DevOps Engineer | Initech | PL | remote | - | not_us column | 2026-03-14",
                        // salary 0 is none; an empty position is no title
                        "1130004 | null | Hooli | null | remote | - | none | 2026-03-13").then(r -> {
                    var input = r.aggregation().stats().result(List.of(), 10);
                    assertThat(input.rowsRead()).isEqualTo(5);
                    assertThat(input.rejected()).isEqualTo(1);
                    assertThat(input.problems()).anySatisfy(p -> assertThat(p.kind()).isEqualTo("skipped_notice"));
                }),
                read("the Remotive API and Jobpulse copies", "remotive.json remotive-jobpulse.json", "remotive remotive-jobpulse",
                        "1900001 | Backend Developer | Wonka | US | remote | - | valid 130000 text | 2026-05-01",
                        "1900002 | BI Analyst | Stark | null | remote | - | none | 2026-05-02",
                        "2040721 | Database Administrator | VetsEZ | US | remote | - | valid 115000 text | 2025-07-28",
                        "2040722 | Data Engineer | Kiwi | null | remote | - | not_us text | 2025-07-27",
                        "2040723 | Data Scientist | Umbrella | US | remote | senior | unparseable text | 2025-07-26"),
                read("Python list columns without a known format", "python-lists.csv", "none",
                        // a Python list of locations: the first naming a country wins; work_from_home False is onsite
                        DIR + "python-lists.csv:2 | Data Engineer | Initrode | DE | onsite | - | not_us text"
                                + " | null",
                        DIR + "python-lists.csv:3 | ML Engineer | Vandelay | US | remote | - | valid 170000 text"
                                + " | null",
                        DIR + "python-lists.csv:4 | Data Analyst | Vandelay | null | - | - | unparseable text"
                                + " | null"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("formats")
    void isRecognisedAndReadEndToEnd(Case c) throws IOException {
        Run r = run(c.files().toArray(String[]::new));

        assertThat(r.formats()).containsExactlyElementsOf(c.formats());
        assertThat(r.postings()).containsExactlyElementsOf(c.postings());
        c.more().accept(r);
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
