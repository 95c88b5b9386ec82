package io.postings.normalize;

import static org.assertj.core.api.Assertions.assertThat;

import io.postings.input.ProblemKind;
import io.postings.input.RawRecord;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ColumnHintsTest {
    private static RawRecord row(String... names) {
        Map<String, String> values = new LinkedHashMap<>();
        for (String n : names) {
            values.put(n, "x");
        }
        return new RawRecord("jobs.csv", 2, values);
    }

    private static List<String> details(ColumnMap map, RawRecord r) {
        return map.hints(r).stream().map(ColumnHints.Hint::detail).toList();
    }

    @Test
    void namesPayDateSkillAndWorkModeColumnsNothingReadsWithTheMapThatWouldReadThem() {
        RawRecord r = row("job_title", "company_name", "salary_year_avg", "salary_hour_avg", "salary_rate", "job_posted_on",
                "tools_required", "telework_option");

        assertThat(details(new ColumnMap(Map.of()), r)).containsExactly(
                "salary_year_avg, salary_hour_avg, salary_rate look like pay; no salary column is read:"
                        + " try --map salary=salary_year_avg --map salary_period=salary_rate",
                "job_posted_on looks like dates; no posted_at column is read: try --map posted_at=job_posted_on",
                "tools_required looks like skills; no skills column is read: try --map skills=tools_required",
                "telework_option looks like work mode; no work_mode column is read: try --map work_mode=telework_option");
    }

    @Test
    void aFieldThatIsReadOrTurnedOffByMapGetsNoHint() {
        RawRecord r = row("job_title", "salary", "base_pay_max", "posted_at", "date_closed");

        assertThat(details(new ColumnMap(Map.of()), r)).isEmpty();
        assertThat(details(new ColumnMap(Map.of(Field.SALARY, "=")), row("job_title", "total comp"))).isEmpty();
    }

    @Test
    void shortWordsMatchOnlyWholeWords() {
        // "company" is no "comp", "corporate" no "rate", "candidate" no "date", "update_id" no "date"
        assertThat(details(new ColumnMap(Map.of()), row("title", "company_rating", "corporate_office",
                "candidate_required_location", "update_id"))).isEmpty();
        assertThat(ColumnHints.looksLike("total_comp", List.of("comp"))).isTrue();
        assertThat(ColumnHints.looksLike("datePosted".toLowerCase(), List.of("*posted"))).isTrue();
        assertThat(ColumnHints.looksLike("salário_mensal", List.of("*salario*"))).isTrue();
    }

    @Test
    void titleHintsNameUnreadTitleColumnsAndAreForPostingsWithoutARole() {
        RawRecord r = row("name", "job_title_short", "company");

        List<ColumnHints.Hint> hints = new ColumnMap(Map.of()).hints(r);
        assertThat(hints).extracting(ColumnHints.Hint::kind).containsExactly(ProblemKind.UNREAD_TITLE_COLUMNS);
        assertThat(hints.get(0).ifNoRole()).isTrue();
        assertThat(hints.get(0).detail()).isEqualTo("job_title_short looks like titles: try --map title=job_title_short");
        // a column name with a space is quoted
        assertThat(new ColumnMap(Map.of()).hints(row("title", "pay range text x")).get(0).suggestion())
                .isEqualTo("--map \"salary=pay range text x\"");
    }
}
