package io.postings.engine.aggregate;

import io.postings.normalize.Posting;
import io.postings.report.InputSummary;
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

    /** The aggregation of parts filled elsewhere (a distributed run): their merged stats and roles. */
    public static Aggregation of(InputStats stats, Iterable<RoleAggregate> parts) {
        Aggregation agg = new Aggregation();
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

    public void accept(Posting p) {
        stats.posting(p.role() != null, p.salaryStatus());
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
}
