package io.postings.engine.analysis;

import io.postings.engine.aggregate.Aggregation;
import io.postings.engine.aggregate.OrderStatistics;
import io.postings.engine.aggregate.RoleAggregate;
import io.postings.engine.aggregate.Timeline;
import io.postings.report.DateSpan;
import io.postings.report.OpeningsPerMonth;
import io.postings.report.Parameters;
import io.postings.report.PeriodChange;
import io.postings.report.RoleTrend;
import io.postings.report.Selection;
import io.postings.report.TaxonomyVersions;
import io.postings.report.TrendPoint;
import io.postings.report.TrendReport;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.IsoFields;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Postings and pay over time, from each role's {@link Timeline}: the periods of the run's date
 * span, each role's postings and median US base salary per period with the change from the
 * period before, and openings per month (METRICS.md section 10, "Trends").
 */
public final class Trends {
    /** How a trend is cut. */
    public enum By {
        MONTH, WEEK;

        public String key() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    /** A period of the span: its label, the part of it inside the span, and whether that is all of it. */
    public record Period(String label, LocalDate start, LocalDate end, boolean whole) {
    }

    private Trends() {
    }

    /**
     * The dates a run covers: the window where it is set (an open end taken from the postings'
     * dates), else the postings' first and last date; null when that leaves an end unknown.
     */
    public static DateSpan span(Selection selection, DateSpan dates) {
        return Aggregation.span(selection, dates);
    }

    /** The periods of {@code span}, first to last, empty ones included; none when the span is null. */
    public static List<Period> periods(DateSpan span, By by) {
        List<Period> out = new ArrayList<>();
        if (span == null) {
            return out;
        }
        LocalDate first = LocalDate.parse(span.first());
        LocalDate last = LocalDate.parse(span.last());
        LocalDate start = by == By.MONTH ? first.withDayOfMonth(1) : first.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        while (!start.isAfter(last)) {
            LocalDate end = by == By.MONTH ? start.with(TemporalAdjusters.lastDayOfMonth()) : start.plusDays(6);
            LocalDate from = start.isBefore(first) ? first : start;
            LocalDate to = end.isAfter(last) ? last : end;
            out.add(new Period(label(start, by), from, to, from.equals(start) && to.equals(end)));
            start = end.plusDays(1);
        }
        return out;
    }

    private static String label(LocalDate start, By by) {
        return by == By.MONTH ? YearMonth.from(start).toString()
                : String.format(Locale.ROOT, "%d-W%02d", start.get(IsoFields.WEEK_BASED_YEAR),
                        start.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
    }

    /**
     * "About N openings a month": the role's postings in the span's whole calendar months over
     * their number; null when the span holds no whole month. Partial months at either end are left out.
     */
    public static OpeningsPerMonth openingsPerMonth(RoleAggregate role, DateSpan span) {
        List<Period> whole = periods(span, By.MONTH).stream().filter(Period::whole).toList();
        if (whole.isEmpty()) {
            return null;
        }
        Period first = whole.get(0);
        Period last = whole.get(whole.size() - 1);
        long postings = role.timeline().postings(first.start(), last.end());
        return new OpeningsPerMonth((double) postings / whole.size(), postings, whole.size(), first.label(), last.label());
    }

    /** Each role's trend over the run's span, cut {@code by} month or week. */
    public static TrendReport trend(Aggregation agg, List<String> roles, By by, Parameters params, List<String> files,
            TaxonomyVersions taxonomy) {
        DateSpan span = agg.span();
        List<Period> periods = periods(span, by);
        List<RoleTrend> trends = new ArrayList<>();
        for (String name : roles) {
            RoleAggregate role = agg.role(name);
            trends.add(new RoleTrend(name, role.postings(), role.timeline().undated(), openingsPerMonth(role, span),
                    points(role.timeline(), periods)));
        }
        return new TrendReport(TrendReport.SCHEMA, by.key(), params, agg.summary(files),
                span, List.copyOf(trends), taxonomy);
    }

    private static List<TrendPoint> points(Timeline timeline, List<Period> periods) {
        List<TrendPoint> out = new ArrayList<>(periods.size());
        TrendPoint previous = null;
        for (Period p : periods) {
            long postings = timeline.postings(p.start(), p.end());
            double[] salaries = timeline.salaries(p.start(), p.end());
            Double median = salaries.length == 0 ? null : OrderStatistics.median(salaries);
            TrendPoint point = new TrendPoint(p.label(), p.start().toString(), p.end().toString(), p.whole(), postings,
                    previous == null ? null : PeriodChange.of((double) previous.postings(), (double) postings),
                    new TrendPoint.PeriodSalary(salaries.length, median),
                    previous == null ? null : PeriodChange.of(previous.salary().median(), median));
            out.add(point);
            previous = point;
        }
        return List.copyOf(out);
    }
}
