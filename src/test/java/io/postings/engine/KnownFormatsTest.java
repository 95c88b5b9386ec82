package io.postings.engine;

import static org.assertj.core.api.Assertions.assertThat;

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
import org.junit.jupiter.api.Test;

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

    @Test
    void jobSpyCsv() throws IOException {
        Run r = run("jobspy.csv");

        assertThat(r.formats()).containsExactly("jobspy");
        assertThat(r.postings()).containsExactly(
                // yearly min/max columns, interval "yearly"; "Software Engineer, Backend" is Backend
                "in-5b2c3e8f1a | Backend Developer | Acme Robotics | US | onsite | senior | valid 170000 column | 2026-05-02",
                // hourly: 67.5 x 2080; is_remote True
                "gd-1009 | DevOps Engineer | Northwind | US | remote | - | valid 140400 column | 2026-05-03",
                // "Toronto, ON, CA" is Canada; LinkedIn's job_level "mid-senior level"
                "li-4424859991 | Data Analyst | Globex | CA | onsite | senior | none | 2026-05-04",
                // an empty is_remote is unknown, the title says remote; "Remote" names no country
                "zr-77 | Frontend Developer | Initech | null | remote | - | not_us column | 2026-05-05");
    }

    @Test
    void jobSpyJsonFromEveryBoard() throws IOException {
        Run r = run("jobspy.json");

        assertThat(r.formats()).containsExactly("jobspy");
        assertThat(r.postings()).containsExactly(
                // Glassdoor: listing_type "sponsored" is no work mode, is_remote false is onsite
                "gd-1010165569065 | ML Engineer | Horizon Technologies | IL | onsite | entry | none | 2026-06-12",
                "200667381-0865 | Embedded Developer | Apple | IL | onsite | - | none | 2026-06-09",
                // Google Cloud hardware is not Cloud Engineer
                "119759777214407366 | Hardware Engineer | Google | IL | onsite | senior | none | 2026-06-03",
                // Greenhouse through JobSpy: listing_type hybrid; "Tel Aviv, TA" is Israel
                "gh-7749481003 | DevOps Engineer | SentinelOne | IL | hybrid | staff | none | 2026-06-09",
                "li-4424859991 | null | Truvify | IL | remote | senior | none | 2026-06-12");
    }

    @Test
    void kaggleLinkedInPostings() throws IOException {
        Run r = run("linkedin-postings.csv");

        assertThat(r.formats()).containsExactly("linkedin-kaggle");
        assertThat(r.postings()).containsExactly(
                // HOURLY 17-20: 18.5 x 2080; listed_time in epoch milliseconds
                "921716 | null | Corcoran Sawyer Smith | US | - | - | valid 38480 column | 2024-04-17",
                "1829192 | Backend Developer | null | US | remote | senior | valid 170000 column | 2024-04-11",
                // med_salary alone is the figure
                "10998357 | Data Engineer | The National Exemplar | US | - | entry | valid 140000 column | 2024-04-15",
                // work_type CONTRACT is no work mode; formatted_experience_level "Associate" is entry
                "23221523 | DevOps Engineer | Abrams Fensterman | US | remote | entry | none | 2024-04-11");
    }

    @Test
    void dataJobs2023() throws IOException {
        Run r = run("data-jobs.csv");
        String at = DIR + "data-jobs.csv:";

        assertThat(r.formats()).containsExactly("data-jobs");
        assertThat(r.postings()).containsExactly(
                // no id column: each row is its own posting; job_country names the country; "Principal" is staff
                at + "2 | Data Engineer | Boehringer Ingelheim | US | onsite | staff | none | 2023-06-16",
                at + "3 | Data Analyst | Hewlett Packard Enterprise | MX | onsite | - | none | 2023-01-14",
                // salary_rate "year": salary_year_avg; job_work_from_home True is remote
                at + "4 | Data Engineer | Nike | US | remote | - | valid 120000 column | 2023-10-10",
                // salary_rate "hour": salary_hour_avg 35 x 2080
                at + "5 | Data Analyst | Acme | US | onsite | - | valid 72800 column | 2023-03-01",
                at + "6 | Data Scientist | Globex | GB | onsite | - | not_us column | 2023-05-02");
        // job_skills is a Python-list string, every name known
        assertThat(r.skills().get(1)).containsExactly("R", "Python", "SQL", "NoSQL", "Power BI", "Tableau");
        var input = r.aggregation().stats().result(List.of(), 10);
        assertThat(input.unmappedSkills()).isEmpty();
        assertThat(input.problems()).extracting(p -> p.kind()).noneMatch(k -> k.startsWith("unread_"));
    }

    @Test
    void explicitWorkModeFieldsWinOverRemoteFlagsAndEmploymentTypesAreIgnored() throws IOException {
        Run r = run("work-modes.json", "work-modes.csv");

        assertThat(r.formats()).containsExactly("none", "none");
        assertThat(r.postings()).containsExactly(
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
                "x2 | DevOps Engineer | Globex | US | remote | - | valid 145000 text | null");
        var input = r.aggregation().stats().result(List.of(), 10);
        // FULL_TIME and CONTRACT are not problems
        assertThat(input.problems()).isEmpty();
    }

    @Test
    void headerNamesAsPeopleWriteThem() throws IOException {
        // a scraped Glassdoor CSV: "Job Title", "Company Name", "Salary Estimate", "Job Description"
        Run r = run("scraped-glassdoor.csv");
        String at = DIR + "scraped-glassdoor.csv:";

        assertThat(r.formats()).containsExactly("none");
        assertThat(r.postings()).containsExactly(
                at + "2 | Data Scientist | Healthfirst | US | - | senior | estimated estimated | null",
                at + "3 | Data Engineer | Affinity Solutions | US | - | - | valid 155000 text | null");
        // skills from "Job Description"
        assertThat(r.skills().get(1)).contains("Airflow", "Kafka");
        assertThat(r.aggregation().stats().result(List.of(), 10).withoutRole()).isZero();
    }

    @Test
    void greenhouseBoardPaysInCents() throws IOException {
        Run r = run("greenhouse.json");

        assertThat(r.formats()).containsExactly("greenhouse");
        assertThat(r.postings()).containsExactly(
                // the first pay range, 17,000,000 - 21,000,000 cents
                "4012345 | Site Reliability Engineer | Acme | US | - | senior | valid 190000 column | 2026-05-01",
                "4012346 | Account Executive | Acme | GB | - | - | none | 2026-05-02");
    }

    @Test
    void leverPostings() throws IOException {
        Run r = run("lever.json");

        assertThat(r.formats()).containsExactly("lever");
        assertThat(r.postings()).containsExactly(
                // the company is the board in hostedUrl; CAD in Canada is not US pay
                "5ac21346-8e0c-4494-8e7a-3eb92ff77902 | Mobile Developer | leverdemo | CA | hybrid | senior | not_us column"
                        + " | 2024-05-01",
                // salaryRange per-hour-wage 70-90
                "0b7d2c31-aaaa-4bbb-8ccc-123456789abc | Data Engineer | leverdemo | US | remote | - | valid 166400 column"
                        + " | 2024-05-02");
    }

    @Test
    void adzunaPredictedSalariesAreEstimates() throws IOException {
        Run r = run("adzuna.json");

        assertThat(r.formats()).containsExactly("adzuna");
        assertThat(r.postings()).containsExactly(
                "4712345678 | Full-Stack Developer | Umbrella Corp | US | - | - | valid 120000 column | 2026-05-03",
                "4712345679 | Python Developer | Hooli | US | - | - | estimated estimated | 2026-05-04");
    }

    @Test
    void openJobsDataCsvAndJson() throws IOException {
        Run r = run("open-jobs-data.csv", "open-jobs-data.json");

        assertThat(r.formats()).containsExactly("open-jobs-data", "open-jobs-data");
        assertThat(r.postings()).containsExactly(
                "8023928 | Account Executive | Stripe | GB | - | - | none | 2026-07-30",
                // several locations joined by "; " and "&": the first wins; isRemote false is onsite
                "8077887 | Backend Developer | Stripe | US | onsite | - | none | 2026-07-22",
                "B6067A117F | Product Manager | Databricks | US | remote | senior | none | 2026-07-01",
                "8141211 | Account Executive | Stripe | SG | - | - | none | 2026-08-21",
                "8146159 | Software Engineer | Stripe | US | remote | staff | none | 2026-08-21");
        assertThat(r.aggregation().stats().result(List.of(), 10).duplicates()).isEqualTo(1);
    }

    @Test
    void linkedInBrazil() throws IOException {
        Run r = run("linkedin-brazil.csv");

        assertThat(r.formats()).containsExactly("linkedin-brazil");
        assertThat(r.postings()).containsExactly(
                // Portuguese work mode and level; the job number out of a tracking link
                "3625194030 | Data Analyst | Aurora Energia | BR | hybrid | senior | none | 2023-06-22",
                // the pay in a shifted worktype column
                "3610009427 | Data Engineer | Plurix | BR | remote | entry | not_us text | null",
                "3625194999 | Data Scientist | Shift | BR | onsite | entry | none | null");
        // the same job number under other tracking parameters is a duplicate
        assertThat(r.aggregation().stats().result(List.of(), 10).duplicates()).isEqualTo(1);
    }

    @Test
    void remoteOkSkipsItsLegalNotice() throws IOException {
        Run r = run("remoteok.json");

        assertThat(r.formats()).containsExactly("remoteok");
        assertThat(r.postings()).containsExactly(
                "1130001 | Backend Developer | Acme | US | remote | senior | valid 165000 column | 2026-03-16",
                // 30 with no period is hourly; no location, so no country
                "1130002 | null | Globex | null | remote | - | not_us column | 2026-03-15",
                // mojibake undone: "GdaÅ\u0084sk" is Gdańsk, Poland
                "1130003 | DevOps Engineer | Initech | PL | remote | - | not_us column | 2026-03-14",
                // salary 0 is none; an empty position is no title
                "1130004 | null | Hooli | null | remote | - | none | 2026-03-13");
        var input = r.aggregation().stats().result(List.of(), 10);
        assertThat(input.rowsRead()).isEqualTo(5);
        assertThat(input.rejected()).isEqualTo(1);
        assertThat(input.problems()).anySatisfy(p -> assertThat(p.kind()).isEqualTo("skipped_notice"));
    }

    @Test
    void remotiveApiAndJobpulseCopies() throws IOException {
        Run r = run("remotive.json", "remotive-jobpulse.json");

        assertThat(r.formats()).containsExactly("remotive", "remotive-jobpulse");
        assertThat(r.postings()).containsExactly(
                "1900001 | Backend Developer | Wonka | US | remote | - | valid 130000 text | 2026-05-01",
                "1900002 | BI Analyst | Stark | null | remote | - | none | 2026-05-02",
                "2040721 | Database Administrator | VetsEZ | US | remote | - | valid 115000 text | 2025-07-28",
                "2040722 | Data Engineer | Kiwi | null | remote | - | not_us text | 2025-07-27",
                "2040723 | Data Scientist | Umbrella | US | remote | senior | unparseable text | 2025-07-26");
    }

    @Test
    void pythonListColumnsWithoutAKnownFormat() throws IOException {
        Run r = run("python-lists.csv");

        assertThat(r.formats()).containsExactly("none");
        assertThat(r.postings()).containsExactly(
                // a Python list of locations: the first naming a country wins; work_from_home False is onsite
                "src/test/resources/formats/python-lists.csv:2 | Data Engineer | Initrode | DE | onsite | - | not_us text"
                        + " | null",
                "src/test/resources/formats/python-lists.csv:3 | ML Engineer | Vandelay | US | remote | - | valid 170000 text"
                        + " | null",
                "src/test/resources/formats/python-lists.csv:4 | Data Analyst | Vandelay | null | - | - | unparseable text"
                        + " | null");
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
