package io.postings.normalize;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.postings.input.ProblemKind;
import io.postings.input.RawRecord;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class NormalizerTest {
    private final Normalizer normalizer = new Normalizer(new ColumnMap(Map.of()), RoleTaxonomy.defaults(),
            SkillTaxonomy.defaults(), new SalaryRules(2080, false));

    /** Remembers every problem and unmapped skill, in order. */
    private static final class Listener implements NormalizeListener {
        record Problem(String kind, String where, String detail) {
        }

        final List<Problem> problems = new ArrayList<>();
        final List<String> unmapped = new ArrayList<>();

        @Override
        public void problem(ProblemKind kind, String where, String detail) {
            problems.add(new Problem(kind.key(), where, detail));
        }

        @Override
        public void unmappedSkill(String name) {
            unmapped.add(name);
        }
    }

    private final Listener listener = new Listener();

    private Posting normalize(String... namesAndValues) {
        Map<String, String> values = new LinkedHashMap<>();
        for (int i = 0; i < namesAndValues.length; i += 2) {
            values.put(namesAndValues[i], namesAndValues[i + 1]);
        }
        return normalizer.normalize(new RawRecord("jobs.csv", 7, values), listener);
    }

    @Test
    void normalizesAFullRow() {
        Posting p = normalize(
                "job_id", "42",
                "title", "Senior Back-end Engineer",
                "company_name", " Acme ",
                "location", "Austin, TX",
                "work_type", "Hybrid",
                "salary", "$120K-$150K",
                "skills", "['Python', 'k8s', 'golang']",
                "date_posted", "2026-05-01");

        assertThat(p).isEqualTo(new Posting("42", "Senior Back-end Engineer", "Backend Developer", "Acme", "US",
                WorkMode.HYBRID, Seniority.SENIOR, SalaryStatus.VALID, 135_000, Set.of("Python", "Kubernetes", "Go"),
                "Austin, TX", "2026-05-01", SalarySource.TEXT));
        assertThat(p.hasUsBaseSalary()).isTrue();
        assertThat(listener.problems).isEmpty();
    }

    @Test
    void withoutAnIdThePostingIsNamedByFileAndLine() {
        assertThat(normalize("title", "Backend Developer").id()).isEqualTo("jobs.csv:7");
    }

    @Test
    void aRoleColumnIsUsedInsteadOfTheTitle() {
        assertThat(normalize("role", "DevOps Engineer", "title", "Backend Developer").role()).isEqualTo("DevOps Engineer");
        assertThat(normalize("role", "Back-end Engineer", "title", "DevOps Engineer").role()).isEqualTo("Backend Developer");
    }

    @Test
    void anUnknownRoleValueDoesNotFallBackToTheTitle() {
        Posting p = normalize("role", "Barista", "title", "Backend Developer");

        assertThat(p.role()).isNull();
        assertThat(listener.problems).containsExactly(new Listener.Problem("unknown_role", "jobs.csv:7", "Barista"));
    }

    @Test
    void aTitleMatchingNoRoleIsReported() {
        assertThat(normalize("title", "Barista").role()).isNull();
        assertThat(listener.problems).containsExactly(new Listener.Problem("unknown_role", "jobs.csv:7", "Barista"));
    }

    @Test
    void theCountryColumnWinsOverTheLocation() {
        assertThat(normalize("title", "Backend Developer", "country", "DE", "location", "Austin, TX").country())
                .isEqualTo("DE");
    }

    @Test
    void theCountryComesFromTheLocationWithoutACountryColumn() {
        assertThat(normalize("title", "Backend Developer", "location", "Berlin, Germany").country()).isEqualTo("DE");
        assertThat(normalize("title", "Backend Developer", "country", "Atlantis", "location", "Remote - US").country())
                .isEqualTo("US");
        assertThat(listener.problems).isEmpty();
    }

    @Test
    void anUnknownCountryIsReportedWithTheValueThatWasNotUnderstood() {
        Posting p = normalize("title", "Backend Developer", "location", "Springfield");

        assertThat(p.country()).isNull();
        assertThat(listener.problems).containsExactly(
                new Listener.Problem("unknown_country", "jobs.csv:7", "Springfield"));
    }

    @Test
    void noLocationAtAllIsNotAProblem() {
        assertThat(normalize("title", "Backend Developer").country()).isNull();
        assertThat(listener.problems).isEmpty();
    }

    @Test
    void salaryColumnsWinOverTheSalaryText() {
        Posting p = normalize("title", "Backend Developer", "location", "Austin, TX",
                "salary_min", "100000", "salary_max", "120000", "salary", "$1-$2");

        assertThat(p.salaryStatus()).isEqualTo(SalaryStatus.VALID);
        assertThat(p.salary()).isEqualTo(110_000);
    }

    @Test
    void salaryColumnsTakeTheirPeriodAndCurrencyColumns() {
        Posting hourly = normalize("title", "Backend Developer", "location", "Austin, TX",
                "min_amount", "50", "max_amount", "70", "interval", "hourly", "currency", "USD");
        Posting euros = normalize("title", "Backend Developer", "location", "Austin, TX",
                "min_amount", "50000", "currency", "EUR");

        assertThat(hourly.salary()).isEqualTo(60 * 2080.0);
        assertThat(euros.salaryStatus()).isEqualTo(SalaryStatus.NOT_USD);
    }

    @Test
    void theSalaryTextStillMarksColumnFiguresAsEstimated() {
        Posting p = normalize("title", "Backend Developer", "location", "Austin, TX",
                "salary_estimate", "$17-$24 Per Hour(Glassdoor est.)", "min_salary", "17", "max_salary", "24");

        assertThat(p.salaryStatus()).isEqualTo(SalaryStatus.ESTIMATED);
    }

    @Test
    void theSalaryTextIsReadWhenThereAreNoColumns() {
        Posting p = normalize("title", "Backend Developer", "location", "Austin, TX", "salary", "$60 - $75 an hour");

        assertThat(p.salaryStatus()).isEqualTo(SalaryStatus.VALID);
        assertThat(p.salary()).isEqualTo(67.5 * 2080);
    }

    @Test
    void anEstimateFlagColumnExcludesTheSalary() {
        Posting p = normalize("title", "Backend Developer", "location", "Austin, TX",
                "salary_min", "100000", "salary_is_predicted", "1");

        assertThat(p.salaryStatus()).isEqualTo(SalaryStatus.ESTIMATED);
        assertThat(p.salary()).isNaN();
    }

    @Test
    void salaryTextOfAnotherCountryIsNotUs() {
        Posting p = normalize("title", "Data Engineer", "location", "São Paulo, Brasil", "salary", "R$ 7.000/month");

        assertThat(p.salaryStatus()).isEqualTo(SalaryStatus.NOT_US);
    }

    @Test
    void unparseableSalaryTextIsReportedAndCounted() {
        Posting p = normalize("title", "Backend Developer", "location", "Austin, TX", "salary", "Competitive");

        assertThat(p.salaryStatus()).isEqualTo(SalaryStatus.UNPARSEABLE);
        assertThat(listener.problems).containsExactly(
                new Listener.Problem("unparseable_salary", "jobs.csv:7", "Competitive"));
    }

    @Test
    void anUnparseableSalaryColumnIsReportedAndCounted() {
        Posting p = normalize("title", "Backend Developer", "location", "Austin, TX", "salary_min", "DOE");

        assertThat(p.salaryStatus()).isEqualTo(SalaryStatus.UNPARSEABLE);
        assertThat(listener.problems).extracting(Listener.Problem::kind, Listener.Problem::detail)
                .containsExactly(tuple("unparseable_salary", "DOE - null"));
    }

    @Test
    void zeroSalaryColumnsMeanNoSalary() {
        Posting p = normalize("title", "Backend Developer", "location", "Austin, TX", "salary_min", "0", "salary_max", "0");

        assertThat(p.salaryStatus()).isEqualTo(SalaryStatus.NONE);
        assertThat(listener.problems).isEmpty();
    }

    @Test
    void zeroSalaryColumnsLeaveTheTextItsTurn() {
        Posting p = normalize("title", "Backend Developer", "location", "Austin, TX",
                "salary_min", "0", "salary_max", "0", "salary", "$120K-$150K");

        assertThat(p.salary()).isEqualTo(135_000);
    }

    @Test
    void theSalarySourceSaysWhereTheFiguresCameFrom() {
        assertThat(normalize("title", "Backend Developer", "location", "Austin, TX", "salary_min", "100000").salarySource())
                .isEqualTo(SalarySource.COLUMN);
        assertThat(normalize("title", "Backend Developer", "location", "Austin, TX", "salary", "$100K").salarySource())
                .isEqualTo(SalarySource.TEXT);
        assertThat(normalize("title", "Backend Developer", "location", "Austin, TX",
                "salary_estimate", "$53K-$91K (Glassdoor est.)").salarySource()).isEqualTo(SalarySource.ESTIMATED);
        assertThat(normalize("title", "Backend Developer", "location", "Austin, TX", "salary", "Competitive")
                .salarySource()).isEqualTo(SalarySource.TEXT);
        assertThat(normalize("title", "Backend Developer", "location", "Austin, TX").salarySource()).isNull();
        assertThat(normalize("title", "Backend Developer", "salary_min", "-1", "salary_max", "0").salarySource())
                .isNull();
    }

    @Test
    void aReversedRangeIsTheSameRange() {
        Posting p = normalize("title", "Backend Developer", "location", "Austin, TX",
                "salary_min", "150000", "salary_max", "120000");

        assertThat(p.salary()).isEqualTo(135_000);
    }

    @Test
    void theUnmatchedTitleIsToldGroupedByItsFirstPart() {
        List<String> keys = new ArrayList<>();
        NormalizeListener listener = new NormalizeListener() {
            @Override
            public void problem(ProblemKind kind, String where, String detail) {
            }

            @Override
            public void unmappedSkill(String name) {
            }

            @Override
            public void unmatchedTitle(String key) {
                keys.add(key);
            }
        };
        normalizer.normalize(new RawRecord("jobs.csv", 2, Map.of("title", "Senior Barista, Downtown")), listener);
        normalizer.normalize(new RawRecord("jobs.csv", 3, Map.of("title", "Backend Developer")), listener);

        assertThat(keys).containsExactly("barista");
    }

    @Test
    void thePostingDateIsAnIsoDate() {
        assertThat(normalize("title", "Backend Developer", "date_posted", "2026-06-09T00:00:00.000").postedAt())
                .isEqualTo("2026-06-09");
        assertThat(normalize("title", "Backend Developer", "listed_time", "1713397508000.0").postedAt())
                .isEqualTo("2024-04-17");
        assertThat(normalize("title", "Backend Developer", "date_posted", "yesterday").postedAt()).isNull();
    }

    @Test
    void noSalaryAtAllIsNone() {
        assertThat(normalize("title", "Backend Developer", "location", "Austin, TX").salaryStatus())
                .isEqualTo(SalaryStatus.NONE);
    }

    @Test
    void unmappedSkillsAreKeptCaseFoldedAndReported() {
        Posting p = normalize("title", "Data Analyst", "skills", "['SQL', '  Gestão  de Pessoas ', 'K8s', 'sql']");

        assertThat(p.skills()).containsExactly("SQL", "gestão de pessoas", "Kubernetes");
        assertThat(listener.unmapped).containsExactly("gestão de pessoas");
    }

    @Test
    void noSkillsColumnMeansTheSkillsTheDescriptionNames() {
        assertThat(normalize("title", "Backend Developer", "description", "We use Python and Go.").skills())
                .containsExactly("Python", "Go");
        assertThat(normalize("title", "Backend Developer").skills()).isEmpty();
        assertThat(listener.unmapped).isEmpty();
    }

    @Test
    void seniorityComesFromTheColumnElseTheTitle() {
        assertThat(normalize("title", "Senior Data Analyst", "seniority_level", "Entry level").seniority())
                .isEqualTo(Seniority.ENTRY);
        assertThat(normalize("title", "Senior Data Analyst", "seniority_level", "Not Applicable").seniority())
                .isEqualTo(Seniority.SENIOR);
        assertThat(normalize("title", "Data Analyst").seniority()).isNull();
    }

    @Test
    void workModeFromTheRemoteFlag() {
        assertThat(normalize("title", "Backend Developer", "is_remote", "True").workMode()).isEqualTo(WorkMode.REMOTE);
        assertThat(normalize("title", "Backend Developer", "is_remote", "false").workMode()).isEqualTo(WorkMode.ONSITE);
        assertThat(normalize("title", "Backend Developer", "type_workplace", "Remoto").workMode())
                .isEqualTo(WorkMode.REMOTE);
    }
}
