package io.postings.engine.analysis;

import io.postings.engine.aggregate.Aggregation;
import io.postings.engine.aggregate.Names;
import io.postings.engine.aggregate.RoleAggregate;
import io.postings.normalize.RoleRequest;
import io.postings.normalize.RoleTaxonomy;
import io.postings.report.CompareReport;
import io.postings.report.InputSummary;
import io.postings.report.PairComparison;
import io.postings.report.ProfilesReport;
import io.postings.report.Parameters;
import io.postings.report.RoleAliases;
import io.postings.report.RoleCount;
import io.postings.report.MonthCount;
import io.postings.report.Openings;
import io.postings.report.ProfileReport;
import io.postings.report.RelatedRole;
import io.postings.report.RoleProfile;
import io.postings.report.RolesCompareReport;
import io.postings.report.SkillSalary;
import io.postings.report.RolesReport;
import io.postings.report.TaxonomyVersions;
import io.postings.report.Tool;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.SortedMap;

/** Builds the report records from a filled aggregation: the "finalize" step of the engine. */
public final class Reports {
    private Reports() {
    }

    public static CompareReport compare(Aggregation agg, String roleA, String roleB, Parameters params, List<String> files) {
        return compare(agg, roleA, roleB, params, files, null);
    }

    /** The comparison, with the pair's overlap rank among all roles and the taxonomies used. */
    public static CompareReport compare(Aggregation agg, String roleA, String roleB, Parameters params, List<String> files,
            TaxonomyVersions taxonomy) {
        return compare(agg, RoleRequest.canonical(roleA), RoleRequest.canonical(roleB), params, files, taxonomy);
    }

    /** The comparison of two roles as asked for: each profile records the text typed when it was not the name. */
    public static CompareReport compare(Aggregation agg, RoleRequest roleA, RoleRequest roleB, Parameters params,
            List<String> files, TaxonomyVersions taxonomy) {
        RoleAggregate a = agg.role(roleA.role());
        RoleAggregate b = agg.role(roleB.role());
        PairComparison pair = PairAnalysis.compare(a, b, params.top())
                .withOverlapRank(Matrix.rank(agg, roleA.role(), roleB.role(), params.top(), params.minPostings()));
        return new CompareReport(CompareReport.SCHEMA, params, input(agg, files),
                a.result(params).withRequested(roleA.requested()), b.result(params).withRequested(roleB.requested()),
                pair, taxonomy, Tool.current());
    }

    /** Three or more roles side by side: each profile, and the overlap of every pair ranked among them alone. */
    public static RolesCompareReport compareRoles(Aggregation agg, List<String> roles, Parameters params,
            List<String> files, TaxonomyVersions taxonomy) {
        List<RoleAggregate> chosen = roles.stream().map(agg::role).toList();
        return new RolesCompareReport(RolesCompareReport.SCHEMA, params, input(agg, files),
                chosen.stream().map(r -> r.result(params)).toList(), Matrix.pairs(chosen, params.top()), taxonomy);
    }

    /**
     * One role as a career page shows it: its profile, postings per month, the skills that pay
     * above its baseline, and the roles whose top skills overlap most with its own.
     */
    public static ProfileReport profile(Aggregation agg, String role, String requested, List<String> aliases,
            Parameters params, List<String> files, TaxonomyVersions taxonomy) {
        RoleAggregate mine = agg.role(role);
        RoleProfile profile = mine.result(params);
        List<SkillSalary> premiums = profile.skillSalaries().stream().filter(s -> s.premium() > 0).toList();
        return new ProfileReport(ProfileReport.SCHEMA, params, input(agg, files), requested, aliases, profile,
                openings(mine, agg.span()), premiums, related(agg, mine, params), taxonomy);
    }

    /**
     * Every month from the first to the last dated posting, zeros included; the mean is "about N
     * openings a month", over the run's whole months ({@link Trends#openingsPerMonth}).
     */
    static Openings openings(RoleAggregate role, io.postings.report.DateSpan span) {
        SortedMap<String, Long> byMonth = role.postingsByMonth();
        if (byMonth.isEmpty()) {
            return new Openings(List.of(), role.undated(), null, null);
        }
        List<MonthCount> months = new ArrayList<>();
        YearMonth last = YearMonth.parse(byMonth.lastKey());
        for (YearMonth m = YearMonth.parse(byMonth.firstKey()); !m.isAfter(last); m = m.plusMonths(1)) {
            months.add(new MonthCount(m.toString(), byMonth.getOrDefault(m.toString(), 0L)));
        }
        io.postings.report.OpeningsPerMonth whole = Trends.openingsPerMonth(role, span);
        return new Openings(List.copyOf(months), role.undated(), whole == null ? null : whole.mean(), whole);
    }

    /** Roles with enough postings sharing some top skill with {@code role}, by exact Jaccard, then name. */
    static List<RelatedRole> related(Aggregation agg, RoleAggregate role, Parameters params) {
        Set<String> mine = PairAnalysis.topSet(role, params.top());
        List<RelatedRole> out = new ArrayList<>();
        for (RoleAggregate other : agg.roles()) {
            if (other.role().equals(role.role()) || other.postings() < params.minPostings()) {
                continue;
            }
            Set<String> theirs = PairAnalysis.topSet(other, params.top());
            int shared = (int) mine.stream().filter(theirs::contains).count();
            if (shared > 0) {
                int union = mine.size() + theirs.size() - shared;
                out.add(new RelatedRole(other.role(), other.postings(), (double) shared / union, shared, union));
            }
        }
        out.sort(Comparator.comparing((RelatedRole r) -> r, (p, q) -> Long.compare(
                        (long) q.intersection() * p.union(), (long) p.intersection() * q.union()))
                .thenComparing(RelatedRole::role, Names.ORDER));
        return List.copyOf(out.subList(0, Math.min(params.topK(), out.size())));
    }

    public static RolesReport roles(Aggregation agg, List<String> files) {
        return new RolesReport(RolesReport.SCHEMA, input(agg, files), roleCounts(agg));
    }

    /** Every role of the taxonomy in its order, with its postings and the names it goes by. */
    public static List<RoleAliases> aliases(Aggregation agg, RoleTaxonomy taxonomy) {
        return taxonomy.roles().stream()
                .map(role -> new RoleAliases(role, agg.role(role).postings(), otherNames(taxonomy, role),
                        taxonomy.exclusions(role)))
                .toList();
    }

    /** The names a role goes by besides its own: its taxonomy phrases, as {@code roles --aliases} lists them. */
    public static List<String> otherNames(RoleTaxonomy taxonomy, String role) {
        return taxonomy.phrases(role).stream().filter(p -> !p.equalsIgnoreCase(role)).toList();
    }

    /** Every role's profile, in the order of {@link #roleCounts}. */
    public static ProfilesReport profiles(Aggregation agg, Parameters params, List<String> files,
            TaxonomyVersions taxonomy) {
        return new ProfilesReport(ProfilesReport.SCHEMA, params, input(agg, files),
                roleCounts(agg).stream().map(rc -> agg.role(rc.role()).result(params)).toList(), taxonomy);
    }

    /** Roles with postings, by postings descending then name. */
    public static List<RoleCount> roleCounts(Aggregation agg) {
        return agg.roles().stream()
                .map(r -> new RoleCount(r.role(), r.postings()))
                .sorted(Comparator.comparingLong(RoleCount::postings).reversed().thenComparing(RoleCount::role, Names.ORDER))
                .toList();
    }

    private static InputSummary input(Aggregation agg, List<String> files) {
        return agg.summary(files);
    }
}
