package io.postings.engine.analysis;

import static io.postings.engine.aggregate.Postings.posting;
import static org.assertj.core.api.Assertions.assertThat;

import io.postings.engine.aggregate.Aggregation;
import io.postings.engine.aggregate.PostingFilter;
import io.postings.engine.aggregate.RoleAggregate;
import io.postings.report.DateSpan;
import io.postings.report.OpeningsPerMonth;
import io.postings.report.Parameters;
import io.postings.report.RoleTrend;
import io.postings.report.Selection;
import io.postings.report.TrendPoint;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class TrendsTest {
    private static final Parameters PARAMS = new Parameters(30, 25, 10, 2080, false, "id");

    @Test
    void monthsOfASpanMarkThePartialOnes() {
        List<Trends.Period> months = Trends.periods(new DateSpan("2026-03-15", "2026-06-10"), Trends.By.MONTH);
        assertThat(months).extracting(Trends.Period::label).containsExactly("2026-03", "2026-04", "2026-05", "2026-06");
        assertThat(months).extracting(Trends.Period::whole).containsExactly(false, true, true, false);
        assertThat(months.get(0).start()).isEqualTo(LocalDate.of(2026, 3, 15));
        assertThat(months.get(3).end()).isEqualTo(LocalDate.of(2026, 6, 10));
    }

    @Test
    void weeksAreIsoWeeksFromMonday() {
        // 2026-01-01 is a Thursday: its ISO week is 2026-W01, which began on Monday 2025-12-29.
        List<Trends.Period> weeks = Trends.periods(new DateSpan("2026-01-01", "2026-01-12"), Trends.By.WEEK);
        assertThat(weeks).extracting(Trends.Period::label).containsExactly("2026-W01", "2026-W02", "2026-W03");
        assertThat(weeks).extracting(Trends.Period::whole).containsExactly(false, true, false);
        assertThat(weeks.get(1).start()).isEqualTo(LocalDate.of(2026, 1, 5));
        // A year whose last days belong to the next ISO year.
        assertThat(Trends.periods(new DateSpan("2024-12-30", "2024-12-31"), Trends.By.WEEK))
                .extracting(Trends.Period::label).containsExactly("2025-W01");
    }

    @Test
    void theSpanIsTheWindowWithOpenEndsFromTheData() {
        DateSpan data = new DateSpan("2026-01-03", "2026-06-20");
        assertThat(Trends.span(Selection.NONE, data)).isEqualTo(data);
        Selection since = new Selection(new Selection.Window("2026-02-01", null, null, null), List.of(), List.of(),
                List.of(), List.of());
        assertThat(Trends.span(since, data)).isEqualTo(new DateSpan("2026-02-01", "2026-06-20"));
        assertThat(Trends.span(since, null)).isNull();
        assertThat(Trends.span(Selection.NONE, null)).isNull();
    }

    @Test
    void openingsPerMonthIsTheMeanOverWholeMonthsOnly() {
        Aggregation agg = new Aggregation();
        for (String date : List.of("2026-03-31", "2026-04-01", "2026-04-30", "2026-04-15", "2026-05-02", "2026-06-01")) {
            agg.accept(posting("A").posted(date).build());
        }
        agg.accept(posting("A").build()); // no date: in no month
        // Data from 2026-03-31 to 2026-06-01: April and May are whole, March and June are not.
        OpeningsPerMonth o = Trends.openingsPerMonth(agg.role("A"), agg.span());
        assertThat(o).isEqualTo(new OpeningsPerMonth(2.0, 4, 2, "2026-04", "2026-05"));
        assertThat(Trends.openingsPerMonth(agg.role("A"), new DateSpan("2026-04-02", "2026-05-30"))).isNull();
        assertThat(Trends.openingsPerMonth(agg.role("B"), agg.span()).postings()).isZero();
    }

    @Test
    void eachPeriodHasItsPostingsItsExactMedianAndTheChange() {
        Aggregation agg = new Aggregation();
        agg.accept(posting("A").posted("2026-04-03").salary(100_000).build());
        agg.accept(posting("A").posted("2026-04-20").salary(110_001).build());
        agg.accept(posting("A").posted("2026-04-21").build());
        agg.accept(posting("A").posted("2026-06-30").salary(90_000).build());
        agg.accept(posting("A").country("DE").build());
        RoleTrend trend = Trends.trend(agg, List.of("A"), Trends.By.MONTH, PARAMS, List.of("x"), null).roles().get(0);
        assertThat(trend.postings()).isEqualTo(5);
        assertThat(trend.undated()).isEqualTo(1);
        List<TrendPoint> points = trend.periods();
        assertThat(points).extracting(TrendPoint::period).containsExactly("2026-04", "2026-05", "2026-06");
        assertThat(points).extracting(TrendPoint::postings).containsExactly(3L, 0L, 1L);
        assertThat(points.get(0).salary()).isEqualTo(new TrendPoint.PeriodSalary(2, 105_000.5));
        assertThat(points.get(0).postingsChange()).isNull();
        assertThat(points.get(1).postingsChange().difference()).isEqualTo(-3.0);
        assertThat(points.get(1).postingsChange().pct()).isEqualTo(-1.0);
        assertThat(points.get(2).postingsChange().pct()).as("from 0: no percentage").isNull();
        assertThat(points.get(1).medianChange()).as("May has no median").isNull();
        assertThat(points.get(2).salary().median()).isEqualTo(90_000.0);
        assertThat(points.get(1).whole()).isTrue();
        assertThat(points.get(0).whole()).as("the data start on the 3rd").isFalse();
    }
}
