package io.postings.engine.aggregate;

import io.postings.normalize.Posting;
import io.postings.report.InputSummary;
import io.postings.report.DateSpan;
import io.postings.report.Selection;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The whole corpus's state: one {@link RoleAggregate} per role seen, plus the input
 * accounting. Accepts distinct postings (de-duplication happens before), merges, and hands
 * out roles for reports.
 */
public final class Aggregation {
    private final Map<String, RoleAggregate> roles = new TreeMap<>();
    /** The same aggregates by hash, for the per-posting lookup (the tree is for name order). */
    private final Map<String, RoleAggregate> byRole = new HashMap<>();
    private final InputStats stats = new InputStats();
    private final PostingFilter filter;

    public Aggregation() {
        this(PostingFilter.NONE);
    }

    /** An aggregation of the postings {@code filter} keeps (the others are counted as filtered out). */
    public Aggregation(PostingFilter filter) {
        this.filter = filter;
        stats.selection(filter.selection());
    }

    /** The aggregation of parts filled elsewhere (a distributed run): their merged stats and roles. */
    public static Aggregation of(InputStats stats, Iterable<RoleAggregate> parts) {
        return of(stats, parts, PostingFilter.NONE);
    }

    /** As {@link #of(InputStats, Iterable)}, for parts that kept only what {@code filter} keeps. */
    public static Aggregation of(InputStats stats, Iterable<RoleAggregate> parts, PostingFilter filter) {
        Aggregation agg = new Aggregation(filter);
        agg.stats.merge(stats);
        for (RoleAggregate part : parts) {
            agg.roles.computeIfAbsent(part.role(), RoleAggregate::new).merge(part);
        }
        return agg;
    }

    public InputStats stats() {
        return stats;
    }

    /** Unmapped titles and skills listed in a report's input section. */
    public static final int TOP_UNMAPPED = 10;

    /** A report's input section: the accounting of {@code files}, with the most frequent unmapped values. */
    public InputSummary summary(List<String> files) {
        return stats.result(files, TOP_UNMAPPED);
    }

    public PostingFilter filter() {
        return filter;
    }

    /**
     * Offers a distinct posting: the filter's verdict ({@link PostingFilter#KEPT} or the reason it
     * is left out, counted as filtered out). A kept posting is not yet accepted: the pass tells its
     * problems first, then calls {@link #accept}.
     */
    public int offer(Posting p) {
        int reason = filter.reason(p);
        if (reason != PostingFilter.KEPT) {
            stats.filteredOut(reason);
        }
        return reason;
    }

    /** The span of posted dates the run covers: the window where it is set, else the postings' first and last date. */
    public DateSpan span() {
        return span(filter.selection(), stats.dates());
    }

    public void accept(Posting p) {
        stats.posting(p.role() != null, p.salaryStatus(), p.postedAt());
        if (p.role() != null) {
            RoleAggregate role = byRole.get(p.role());
            if (role == null) {
                role = roles.computeIfAbsent(p.role(), RoleAggregate::new);
                byRole.put(p.role(), role);
            }
            role.accept(p);
        }
    }

    public void merge(Aggregation other) {
        stats.merge(other.stats);
        other.roles.forEach((role, agg) -> roles.computeIfAbsent(role, RoleAggregate::new).merge(agg));
    }

    /** The role's state; an empty one when no posting has it. */
    public RoleAggregate role(String role) {
        return Optional.ofNullable(roles.get(role)).orElseGet(() -> new RoleAggregate(role));
    }

    /** Roles that have postings, in name order. */
    public Collection<RoleAggregate> roles() {
        return roles.values();
    }

    /**
     * The dates a run covers: the window where it is set (an open end taken from the postings'
     * dates), else the postings' first and last date; null when that leaves an end unknown.
     */
    public static DateSpan span(Selection selection, DateSpan dates) {
        Selection.Window w = selection.window();
        if (w == null) {
            return dates;
        }
        String first = w.since() != null ? w.since() : dates == null ? null : dates.first();
        String last = w.until() != null ? w.until() : dates == null ? null : dates.last();
        return first == null || last == null || first.compareTo(last) > 0 ? null : new DateSpan(first, last);
    }
}
