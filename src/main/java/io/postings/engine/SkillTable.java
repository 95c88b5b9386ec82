package io.postings.engine;

import io.postings.normalize.RoleRequest;
import io.postings.report.InputSummary;
import io.postings.report.Parameters;
import io.postings.report.RoleProfile;
import io.postings.report.Share;
import io.postings.report.SkillLine;
import io.postings.report.SkillSalary;
import io.postings.report.SkillsReport;
import io.postings.report.TaxonomyVersions;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * One role's full skill table: every skill with its count and share (docs/METRICS.md section 3)
 * and, where {@code min_n} postings state a salary, the skill salary of section 4, taken
 * from the role's own {@link RoleProfile} so the numbers are those {@code compare} prints.
 */
public final class SkillTable {

    /** The orders {@code skills --sort} offers. */
    public enum Sort { SHARE, PAY }

    private SkillTable() {
    }

    public static SkillsReport skills(Aggregation agg, String roleName, Parameters params, Sort sort, List<String> files,
            TaxonomyVersions taxonomy) {
        return skills(agg, RoleRequest.canonical(roleName), params, sort, files, taxonomy);
    }

    /** The skill table of the role asked for, recording the text it was asked for by. */
    public static SkillsReport skills(Aggregation agg, RoleRequest request, Parameters params, Sort sort,
            List<String> files, TaxonomyVersions taxonomy) {
        RoleAggregate role = agg.role(request.role());
        RoleProfile profile = role.result(params);
        Map<String, SkillSalary> salaries = new HashMap<>();
        for (SkillSalary s : profile.skillSalaries()) {
            salaries.put(s.skill(), s);
        }
        // rankedSkills is the share order; the pay order below is stable, so ties without a median keep it.
        List<SkillLine> lines = new ArrayList<>();
        for (Share share : role.rankedSkills()) {
            SkillSalary pay = salaries.get(share.key());
            lines.add(pay == null
                    ? new SkillLine(share.key(), share.count(), share.of(), share.share(), role.skillSalaryCount(share.key()),
                            null, null, null, null, false, false)
                    : new SkillLine(share.key(), share.count(), share.of(), share.share(), pay.n(), pay.median(),
                            pay.premium(), pay.premiumPct(), pay.interval(), pay.smallSample(), pay.significant()));
        }
        if (sort == Sort.PAY) {
            // docs/METRICS.md section 4's skill salary order: median descending, then n descending, then name.
            lines.sort(Comparator.comparing((SkillLine l) -> l.median() == null)
                    .thenComparing((l, m) -> l.median() == null ? 0 : Double.compare(m.median(), l.median()))
                    .thenComparing((l, m) -> l.median() == null ? 0 : Long.compare(m.n(), l.n()))
                    .thenComparing((l, m) -> l.median() == null ? 0 : Names.ORDER.compare(l.skill(), m.skill())));
        }
        InputSummary input = agg.stats().result(files, Comparison.TOP_UNMAPPED);
        return new SkillsReport(SkillsReport.SCHEMA, params, input, role.role(), request.requested(),
                role.postings(), profile.salary(),
                sort.name().toLowerCase(java.util.Locale.ROOT), List.copyOf(lines), taxonomy);
    }
}
