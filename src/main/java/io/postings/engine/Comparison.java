package io.postings.engine;

import io.postings.normalize.RoleRequest;
import io.postings.normalize.RoleTaxonomy;
import io.postings.report.CompareReport;
import io.postings.report.InputSummary;
import io.postings.report.PairComparison;
import io.postings.report.ProfilesReport;
import io.postings.report.Parameters;
import io.postings.report.RoleAliases;
import io.postings.report.RoleCount;
import io.postings.report.RolesReport;
import io.postings.report.TaxonomyVersions;
import java.util.Comparator;
import java.util.List;

/** Builds the report records from a filled aggregation: the "finalize" step of the engine. */
public final class Comparison {
    static final int TOP_UNMAPPED = 10;

    private Comparison() {
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
                pair, taxonomy);
    }

    public static RolesReport roles(Aggregation agg, List<String> files) {
        return new RolesReport(RolesReport.SCHEMA, input(agg, files), roleCounts(agg));
    }

    /** Every role of the taxonomy in its order, with its postings and the names it goes by. */
    public static List<RoleAliases> aliases(Aggregation agg, RoleTaxonomy taxonomy) {
        return taxonomy.roles().stream()
                .map(role -> new RoleAliases(role, agg.role(role).postings(),
                        taxonomy.phrases(role).stream().filter(p -> !p.equalsIgnoreCase(role)).toList(),
                        taxonomy.exclusions(role)))
                .toList();
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
        return agg.stats().result(files, TOP_UNMAPPED);
    }
}
