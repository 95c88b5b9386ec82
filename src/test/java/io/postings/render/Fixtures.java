package io.postings.render;

import io.postings.report.AdjustedGap;
import io.postings.report.CompareReport;
import io.postings.report.Distribution;
import io.postings.report.LevelSalary;
import io.postings.report.LocalSalary;
import io.postings.report.Example;
import io.postings.report.InputSummary;
import io.postings.report.Interval;
import io.postings.report.PairComparison;
import io.postings.report.PairSkill;
import io.postings.report.Parameters;
import io.postings.report.Problem;
import io.postings.report.RoleCount;
import io.postings.report.RoleProfile;
import io.postings.report.RolesReport;
import io.postings.report.SalaryGap;
import io.postings.report.SalarySummary;
import io.postings.report.Share;
import io.postings.report.SkillSalary;
import io.postings.report.Volume;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Hand-made reports for the renderer tests, with figures shaped like the published articles
 * (Backend Developer vs DevOps Engineer, docs/published-figures.md). The pair lists are derived
 * here from the two top-30 lists so that they stay consistent with them.
 */
final class Fixtures {

    private Fixtures() {
    }

    static void assertMatchesGolden(String name, String actual) throws IOException {
        io.postings.Golden.assertMatches(name, actual);
    }

    /** A report record as {@code format} writes it, with the plain style of files and pipes. */
    static String write(Format format, Object report) {
        StringWriter out = new StringWriter();
        try {
            format.write(report, Style.PLAIN, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    /** {@code base} with role A's salary, skill salaries and employers replaced, the rest as it was. */
    static CompareReport withA(CompareReport base, SalarySummary salary, List<SkillSalary> skillSalaries,
            List<Share> employers) {
        RoleProfile a = base.a();
        RoleProfile changed = new RoleProfile(a.role(), a.postings(), a.topSkill(), a.entryLevelShare(),
                a.remoteShare(), salary, a.topSkills(), a.skillCount(), skillSalaries, a.seniority(),
                a.workMode(), a.countries(), a.unknownCountry(), employers);
        return new CompareReport(base.schema(), base.parameters(), base.input(), changed, base.b(), base.pair());
    }

    /** {@code base} with role A's employers replaced (where untrusted company names go). */
    static CompareReport withEmployersOfA(CompareReport base, List<Share> employers) {
        return withA(base, base.a().salary(), base.a().skillSalaries(), employers);
    }

    static final Parameters PARAMETERS = new Parameters(30, 25, 10, 2080, false, "id");

    /** Backend Developer vs DevOps Engineer: 18 of 42 top-30 skills shared, an $18,500 gap. */
    static CompareReport compare() {
        long backendPostings = 7_257;
        Map<String, Long> backendSkills = counts(
                "AWS", 3121, "CI/CD", 2758, "APIs", 2540, "Docker", 2467, "Kubernetes", 2457,
                "Java", 2395, "Microservices", 2250, "Python", 2105, "Scalability", 1887,
                "Distributed Systems", 1880, "PostgreSQL", 1814, "SQL", 1810, "Monitoring", 1805,
                "Agile", 1742, "Observability", 1597, "Kafka", 1451, "TypeScript", 1161, "NoSQL", 1158,
                "Spring", 1089, "MySQL", 1016, "Terraform", 943, "Redis", 907, "RESTful APIs", 871,
                "Debugging", 866, "Go", 800, "Node.js", 780, "Git", 760, "Linux", 740, "Bash", 700,
                "Rust", 650);
        long devopsPostings = 6_908;
        Map<String, Long> devopsSkills = counts(
                "CI/CD", 4352, "Automation", 3799, "AWS", 3592, "Kubernetes", 3523, "Python", 3517,
                "Monitoring", 3178, "Terraform", 3170, "Docker", 2556, "Infrastructure as Code", 2418,
                "Linux", 2072, "Observability", 1934, "Bash", 1865, "Jenkins", 1727, "Ansible", 1589,
                "GitLab", 1382, "Prometheus", 1375, "Grafana", 1313, "GitHub Actions", 1243,
                "Azure DevOps", 898, "Azure", 880, "Go", 600, "Git", 590, "Agile", 560, "Helm", 550,
                "Security", 540, "Scalability", 500, "Microservices", 480, "Java", 470, "SQL", 450,
                "Debugging", 440);

        RoleProfile backend = profile("Backend Developer", backendPostings, backendSkills,
                new SalarySummary(545, 150_000.0, new Interval(146_000, 155_000), 545.0 / backendPostings,
                        new Distribution(112_000, 130_000, 150_000, 172_000, 195_000)),
                412,
                List.of(
                        skill("Rust", 38, 179_500, 150_000, 165_000, 190_000),
                        skill("OpenAI", 29, 172_500, 150_000, 150_000, 185_000),
                        // An x.5 median (even n): shown as whole dollars, HALF_UP.
                        skill("LLMs", 36, 169_999.5, 150_000, 158_000, 180_000),
                        skill("Observability", 149, 168_900, 150_000, 162_000, 175_000),
                        skill("Distributed Systems", 171, 165_000, 150_000, 160_000, 170_000),
                        skill("Terraform", 65, 164_000, 150_000, 155_000, 172_000),
                        skill("Java", 180, 150_000, 150_000, 147_000, 155_000),
                        skill("PHP", 41, 136_000, 150_000, 125_000, 145_000)),
                counts("entry", 144, "mid", 3000, "senior", 3050, "staff", 870, "unknown", 193),
                counts("remote", 2177, "hybrid", 1669, "onsite", 3200, "unknown", 211),
                counts("US", 1234, "IN", 871, "DE", 290, "GB", 218, "PL", 218, "ES", 217,
                        "PT", 216, "BR", 215, "CA", 214, "NL", 150),
                1500,
                counts("AgileEngine", 519, "PradeepIT", 103, "Nexthire", 84, "Coupang", 65,
                        "Tether", 46, "Encora", 40, "GitLab", 38, "Smith | Jones Consulting", 31,
                        "Globant", 30, "EPAM Systems", 29),
                List.of(new LevelSalary("entry", 12, 95_000.0, true), new LevelSalary("mid", 210, 138_000.0, false),
                        new LevelSalary("senior", 260, 160_000.0, false), new LevelSalary("staff", 48, 205_000.0, true)),
                List.of(new LocalSalary("GB", "GBP", 61, 62_500, false), new LocalSalary("DE", "EUR", 42, 68_000, true)));

        RoleProfile devops = profile("DevOps Engineer", devopsPostings, devopsSkills,
                new SalarySummary(1_103, 131_500.0, new Interval(130_000, 135_000), 1103.0 / devopsPostings,
                        new Distribution(98_000, 115_000, 131_500, 150_000, 170_000)),
                380,
                List.of(
                        skill("Pulumi", 39, 170_000, 131_500, 150_000, 185_000),
                        skill("Datadog", 88, 159_400, 131_500, 150_000, 165_000),
                        skill("ECS", 44, 154_100, 131_500, 140_000, 165_000),
                        skill("GitOps", 31, 150_000, 131_500, 135_000, 160_000),
                        skill("Jenkins", 210, 128_000, 131_500, 125_000, 131_000)),
                counts("entry", 139, "mid", 3800, "senior", 2072, "staff", 829, "unknown", 68),
                counts("remote", 1589, "hybrid", 2280, "onsite", 2900, "unknown", 139),
                counts("US", 2003, "IN", 898, "GB", 345, "DE", 276, "AU", 207, "CA", 207,
                        "PL", 207, "FR", 120, "NL", 110, "SG", 90),
                900,
                counts("Softtest Pays Pty Ltd", 101, "AgileEngine", 91, "Accenture", 76,
                        "Booz Allen Hamilton", 62, "Boardroom Appointments", 52, "ING", 50, "Barclays", 49,
                        "PricewaterhouseCoopers", 49, "Thales Group", 42, "Capgemini", 40),
                List.of(new LevelSalary("entry", 15, 88_000.0, true), new LevelSalary("mid", 520, 125_000.0, false),
                        new LevelSalary("senior", 400, 145_000.0, false), new LevelSalary("staff", 120, 180_000.0, false)),
                List.of(new LocalSalary("GB", "GBP", 80, 60_000, false), new LocalSalary("IN", "INR", 30, 1_800_000, true)));

        // Weights 27, 730, 660 and 168 (1,585 pooled salaried postings).
        double standardizedA = (27 * 95_000.0 + 730 * 138_000.0 + 660 * 160_000.0 + 168 * 205_000.0) / 1_585;
        double standardizedB = (27 * 88_000.0 + 730 * 125_000.0 + 660 * 145_000.0 + 168 * 180_000.0) / 1_585;
        PairComparison pair = withAdjustedGap(pair(backend, devops,
                new SalaryGap(18_500, 18_500.0 / 131_500, 0.00041),
                new Volume((double) backendPostings / devopsPostings, (double) backendPostings / devopsPostings,
                        backendPostings - devopsPostings)),
                new AdjustedGap(List.of("entry", "mid", "senior", "staff"), 1_585, standardizedA, standardizedB,
                        standardizedA - standardizedB, (standardizedA - standardizedB) / standardizedB));
        return new CompareReport(CompareReport.SCHEMA, PARAMETERS, input(), backend, devops, pair);
    }

    /**
     * The edge of the data: a role with a handful of postings, no skills and too few salaries
     * for an interval, against a role with no postings at all (no median, no shares, no gap,
     * no volume ratio, no Jaccard).
     */
    static CompareReport sparse() {
        long postings = 12;
        RoleProfile embedded = new RoleProfile(
                "Embedded Developer",
                postings,
                null,
                1.0 / postings,
                0.0,
                new SalarySummary(4, 134_600.5, null, 4.0 / postings,
                        new Distribution(120_000, 120_000, 134_600.5, 150_000, 150_000)),
                List.of(),
                0,
                List.of(),
                buckets(postings, "entry", 1, "mid", 0, "senior", 3, "staff", 0, "unknown", 8),
                buckets(postings, "remote", 0, "hybrid", 0, "onsite", 9, "unknown", 3),
                buckets(postings, "US", 7, "DE", 2),
                Share.of("unknown", 3, postings),
                buckets(postings, "NVIDIA", 2, "Anduril", 1));
        RoleProfile firmware = new RoleProfile(
                "Firmware Engineer",
                0,
                null,
                0.0,
                0.0,
                new SalarySummary(0, null, null, 0.0),
                List.of(),
                0,
                List.of(),
                buckets(0, "entry", 0, "mid", 0, "senior", 0, "staff", 0, "unknown", 0),
                buckets(0, "remote", 0, "hybrid", 0, "onsite", 0, "unknown", 0),
                List.of(),
                Share.of("unknown", 0, 0),
                List.of());
        PairComparison pair = new PairComparison(null, 0, 0, List.of(), List.of(), List.of(), null,
                new Volume(null, null, 12));
        InputSummary input = new InputSummary(List.of("-"), 15, 12, 0, 3, 0, 5, 4,
                List.of(Share.of("unparseable", 1, 5)),
                List.of(new Problem("bad_row", 3, List.of(new Example("-:4", "expected 9 fields, found 2")))),
                List.of(), List.of());
        return new CompareReport(CompareReport.SCHEMA, new Parameters(30, 25, 10, 2000, true, null),
                input, embedded, firmware, pair);
    }

    static RolesReport roles() {
        return new RolesReport(RolesReport.SCHEMA, input(), List.of(
                new RoleCount("Software Engineer", 49_510),
                new RoleCount("Backend Developer", 7_257),
                new RoleCount("DevOps Engineer", 6_908),
                new RoleCount("Full-Stack Developer", 6_491),
                new RoleCount("Embedded Developer", 2_589)));
    }

    static InputSummary input() {
        return new InputSummary(
                List.of("jobs-2026-05.csv.gz", "extra-postings.jsonl"),
                93_687, 93_200, 412, 75, 20_445, 9_210, 5_933,
                List.of(Share.of("not_us", 2_510, 3_277), Share.of("estimated", 512, 3_277),
                        Share.of("out_of_range", 131, 3_277), Share.of("unparseable", 98, 3_277),
                        Share.of("not_usd", 26, 3_277)),
                List.of(
                        new Problem("unknown_country", 240, List.of(
                                new Example("jobs-2026-05.csv.gz:310", "Remote - EMEA"),
                                new Example("jobs-2026-05.csv.gz:1187", "Earth"))),
                        new Problem("unparseable_salary", 98, List.of(
                                new Example("jobs-2026-05.csv.gz:88", "competitive + bonus"),
                                // Raw input carries tabs and newlines; they must not break the layout.
                                new Example("extra-postings.jsonl:12", "DOE\t(see\ndescription)"))),
                        new Problem("bad_row", 75, List.of(
                                new Example("jobs-2026-05.csv.gz:1043", "unterminated quoted field"),
                                new Example("jobs-2026-05.csv.gz:20871", "expected 14 fields, found 9")))),
                List.of(Share.of("team player", 812, 93_200), Share.of("problem solving", 640, 93_200),
                        Share.of("communication skills", 511, 93_200), Share.of("ci/cd pipelines", 122, 93_200),
                        Share.of("k8s operators", 37, 93_200)),
                List.of(Share.of("account executive", 1_204, 93_200), Share.of("registered nurse", 310, 93_200),
                        Share.of("barista", 12, 93_200)));
    }

    /**
     * A hand-built profile whose shares are all of {@code postings}: the top skill is the first of {@code skills}
     * (listed by count), and the entry-level and remote shares are read off the level and work-mode counts, so
     * the headline figures agree with the breakdowns.
     */
    private static RoleProfile profile(String role, long postings, Map<String, Long> skills, SalarySummary salary,
            int skillCount, List<SkillSalary> skillSalaries, Map<String, Long> levels, Map<String, Long> modes,
            Map<String, Long> countries, long unknownCountry, Map<String, Long> employers,
            List<LevelSalary> salaryBySeniority, List<LocalSalary> salaryByCountry) {
        Map.Entry<String, Long> top = skills.entrySet().iterator().next();
        return new RoleProfile(role, postings, Share.of(top.getKey(), top.getValue(), postings),
                levels.get("entry") / (double) postings, modes.get("remote") / (double) postings, salary,
                shares(skills, postings), skillCount, skillSalaries, shares(levels, postings), shares(modes, postings),
                shares(countries, postings), Share.of("unknown", unknownCountry, postings), shares(employers, postings),
                salaryBySeniority, salaryByCountry);
    }

    private static SkillSalary skill(String name, long n, double median, double baseline, double low, double high) {
        Interval interval = new Interval(low, high);
        return new SkillSalary(name, n, median, median - baseline, (median - baseline) / baseline, interval,
                n < 50, interval.excludes(baseline));
    }

    private static Map<String, Long> counts(Object... keyValues) {
        Map<String, Long> counts = new LinkedHashMap<>();
        for (int i = 0; i < keyValues.length; i += 2) {
            counts.put((String) keyValues[i], ((Number) keyValues[i + 1]).longValue());
        }
        return counts;
    }

    private static List<Share> buckets(long of, Object... keyValues) {
        return shares(counts(keyValues), of);
    }

    private static List<Share> shares(Map<String, Long> counts, long of) {
        List<Share> shares = new ArrayList<>();
        counts.forEach((key, count) -> shares.add(Share.of(key, count, of)));
        return shares;
    }

    // The docs/METRICS.md section 3 orders; exact enough here since the fixture has no share ties.
    private static PairComparison pair(RoleProfile a, RoleProfile b, SalaryGap gap, Volume volume) {
        Map<String, Share> topA = byKey(a.topSkills());
        Map<String, Share> topB = byKey(b.topSkills());
        List<PairSkill> shared = new ArrayList<>();
        List<PairSkill> onlyA = new ArrayList<>();
        List<PairSkill> onlyB = new ArrayList<>();
        topA.forEach((skill, sa) -> {
            Share sb = topB.get(skill);
            if (sb != null) {
                shared.add(new PairSkill(skill, sa.count(), sa.share(), sb.count(), sb.share()));
            } else {
                onlyA.add(new PairSkill(skill, sa.count(), sa.share(), 0, 0.0));
            }
        });
        topB.forEach((skill, sb) -> {
            if (!topA.containsKey(skill)) {
                onlyB.add(new PairSkill(skill, 0, 0.0, sb.count(), sb.share()));
            }
        });
        Comparator<PairSkill> byName = Comparator.comparing(p -> p.skill().toLowerCase(Locale.ROOT));
        shared.sort(Comparator.comparingDouble((PairSkill p) -> -(p.shareA() + p.shareB())).thenComparing(byName));
        onlyA.sort(Comparator.comparingDouble((PairSkill p) -> -p.shareA()).thenComparing(byName));
        onlyB.sort(Comparator.comparingDouble((PairSkill p) -> -p.shareB()).thenComparing(byName));
        int union = topA.size() + topB.size() - shared.size();
        return new PairComparison((double) shared.size() / union, shared.size(), union, shared, onlyA, onlyB,
                gap, volume);
    }

    private static PairComparison withAdjustedGap(PairComparison p, AdjustedGap gap) {
        return new PairComparison(p.jaccard(), p.intersection(), p.union(), p.shared(), p.exclusiveA(), p.exclusiveB(),
                p.salaryGap(), p.volume(), p.overlapRank(), gap);
    }

    private static Map<String, Share> byKey(List<Share> shares) {
        Map<String, Share> map = new LinkedHashMap<>();
        shares.forEach(s -> map.put(s.key(), s));
        return map;
    }
}
