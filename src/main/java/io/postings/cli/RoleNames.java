package io.postings.cli;

import io.postings.engine.Aggregation;
import io.postings.engine.Comparison;
import io.postings.normalize.RoleTaxonomy;
import io.postings.report.RoleCount;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Resolves a role typed by a user, or fails with the closest known roles and their posting counts. */
final class RoleNames {
    private static final int SUGGESTIONS = 5;

    private final RoleTaxonomy taxonomy;
    private final Aggregation agg;

    RoleNames(RoleTaxonomy taxonomy, Aggregation agg) {
        this.taxonomy = taxonomy;
        this.agg = agg;
    }

    String resolve(String typed) {
        return taxonomy.named(typed).orElseThrow(() -> new UsageException(unknown(typed)));
    }

    /** Each role of a --role list, in order; blanks skipped; none at all is a usage error. */
    List<String> resolveAll(List<String> typed) {
        List<String> out = new ArrayList<>();
        for (String role : typed) {
            if (!role.isBlank()) {
                out.add(resolve(role.strip()));
            }
        }
        if (out.isEmpty()) {
            throw new UsageException("--role names no role");
        }
        return out;
    }

    private String unknown(String typed) {
        Map<String, Long> counts = new LinkedHashMap<>();
        for (RoleCount rc : Comparison.roleCounts(agg)) {
            counts.put(rc.role(), rc.postings());
        }
        List<String> candidates = new ArrayList<>(taxonomy.roles());
        List<String> closest = RoleTaxonomy.closest(typed, candidates, SUGGESTIONS);
        List<String> shown = new ArrayList<>();
        for (String role : closest) {
            shown.add("\"" + role + "\" (" + counts.getOrDefault(role, 0L) + " postings)");
        }
        return "unknown role \"" + typed + "\"; closest: " + String.join(", ", shown)
                + ". Run 'postings roles' for every role found.";
    }
}
