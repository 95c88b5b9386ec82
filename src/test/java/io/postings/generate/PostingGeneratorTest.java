package io.postings.generate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.postings.normalize.PayPeriod;
import io.postings.normalize.Places;
import io.postings.normalize.RoleTaxonomy;
import io.postings.normalize.SalaryRules;
import io.postings.normalize.SalaryStatus;
import io.postings.normalize.Seniorities;
import io.postings.normalize.Seniority;
import io.postings.normalize.SkillTaxonomy;
import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.io.Writer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PostingGeneratorTest {
    private static final String HEADER = "id,title,role,company,location,country,work_mode,seniority,"
            + "salary_min,salary_max,salary_currency,salary_period,skills,posted_at";
    /** One full pass of market.txt (78,245 postings) plus its 0.3% duplicate rows. */
    private static final long FULL_PASS_ROWS = 78_480;

    private static String generate(long seed, long rows, PostingGenerator.OutputFormat format) throws IOException {
        StringWriter out = new StringWriter();
        new PostingGenerator(seed).write(rows, format, out);
        return out.toString();
    }

    private static List<CSVRecord> parse(String csv) throws IOException {
        return CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get()
                .parse(new StringReader(csv)).getRecords();
    }

    @Test
    void sameSeedGivesSameBytesAndAnotherSeedOthers() throws IOException {
        for (PostingGenerator.OutputFormat format : PostingGenerator.OutputFormat.values()) {
            String first = generate(2026, 3_000, format);
            assertThat(generate(2026, 3_000, format)).isEqualTo(first);
            assertThat(generate(2027, 3_000, format)).isNotEqualTo(first);
        }
    }

    @Test
    void aShorterRunIsAPrefixOfALongerOne() throws IOException {
        assertThat(generate(5, 5_000, PostingGenerator.OutputFormat.CSV))
                .startsWith(generate(5, 2_000, PostingGenerator.OutputFormat.CSV));
    }

    @Test
    void csvHasTheCanonicalHeaderAndFourteenFieldsPerRow() throws IOException {
        String csv = generate(1, 20_000, PostingGenerator.OutputFormat.CSV);
        assertThat(csv).startsWith(HEADER + "\n").doesNotContain("\r");
        List<CSVRecord> rows = parse(csv);
        assertThat(rows).hasSize(20_000).allSatisfy(r -> assertThat(r.size()).isEqualTo(14));
        assertThat(rows).anySatisfy(r -> assertThat(r.get("company")).contains(","));
        assertThat(rows).allSatisfy(r -> assertThat(r.get("posted_at")).matches("(2026-0[1-6]-\\d\\d)?"));
        assertThat(rows).anySatisfy(r -> assertThat(r.get("posted_at")).isEmpty());
    }

    @Test
    void rowCountIncludesDuplicatesThatCopyAnEarlierRow() throws IOException {
        String csv = generate(3, 10_000, PostingGenerator.OutputFormat.CSV);
        String[] lines = csv.split("\n");
        assertThat(lines).hasSize(10_001);
        Map<String, String> byId = new HashMap<>();
        int duplicates = 0;
        for (int i = 1; i < lines.length; i++) {
            String id = lines[i].substring(0, lines[i].indexOf(','));
            String earlier = byId.putIfAbsent(id, lines[i]);
            if (earlier != null) {
                duplicates++;
                assertThat(lines[i]).isEqualTo(earlier);
            }
        }
        assertThat(duplicates).isEqualTo(30);
        assertThat(generate(3, 0, PostingGenerator.OutputFormat.CSV)).isEqualTo(HEADER + "\n");
    }

    @Test
    void everyValueIsOneTheToolReadsBack() throws IOException {
        SkillTaxonomy skills = SkillTaxonomy.defaults();
        RoleTaxonomy roles = RoleTaxonomy.defaults();
        Seniorities seniorities = new Seniorities();
        Places places = new Places();
        Set<String> titlesWithoutRole = new HashSet<>();
        for (CSVRecord r : parse(generate(11, 60_000, PostingGenerator.OutputFormat.CSV))) {
            String role = r.get("role");
            if (role.isEmpty()) {
                titlesWithoutRole.add(r.get("title"));
                assertThat(roles.ofTitle(r.get("title"))).as(r.get("title")).isNull();
            } else {
                assertThat(roles.roles()).contains(role);
                assertThat(roles.ofTitle(r.get("title"))).as(r.get("title")).isEqualTo(role);
            }
            for (String skill : r.get("skills").split(";")) {
                assertThat(skill.isEmpty() || skills.canonical(skill) != null).as(skill).isTrue();
            }
            Seniority fromTitle = seniorities.ofTitle(r.get("title"));
            if (fromTitle != null) {
                assertThat(fromTitle.name().toLowerCase(Locale.ROOT)).as(r.get("title")).isEqualTo(r.get("seniority"));
            }
            if (!r.get("country").isEmpty()) {
                assertThat(places.countryOfLocation(r.get("location"))).as(r.get("location")).isEqualTo(r.get("country"));
            } else {
                assertThat(places.countryOfLocation(r.get("location"))).isNull();
            }
            assertThat(r.get("work_mode")).isIn("remote", "hybrid", "onsite", "");
        }
        assertThat(titlesWithoutRole).isNotEmpty();
    }

    @Test
    void jsonLinesCarryTheSameFields() throws IOException {
        ObjectMapper json = new ObjectMapper();
        List<CSVRecord> csv = parse(generate(8, 2_000, PostingGenerator.OutputFormat.CSV));
        String[] lines = generate(8, 2_000, PostingGenerator.OutputFormat.JSONL).split("\n");
        assertThat(lines).hasSize(2_000);
        for (int i = 0; i < lines.length; i++) {
            JsonNode row = json.readTree(lines[i]);
            CSVRecord r = csv.get(i);
            for (String column : HEADER.split(",")) {
                JsonNode value = row.get(column);
                if (column.equals("skills")) {
                    List<String> names = new ArrayList<>();
                    if (value != null) {
                        value.forEach(v -> names.add(v.asText()));
                    }
                    assertThat(String.join(";", names)).isEqualTo(r.get(column));
                } else if (column.startsWith("salary_m") && value != null) {
                    assertThat(value.isIntegralNumber()).isTrue();
                    assertThat(value.asText()).isEqualTo(r.get(column));
                } else {
                    assertThat(value == null ? "" : value.asText()).as(column).isEqualTo(r.get(column));
                }
            }
        }
    }

    @Test
    void streamsWithoutHoldingRows() throws IOException {
        // The heap in use after a collection, before and late in a pass that writes far more text
        // than the allowance: rows held anywhere would show up as growth of at least their size.
        long before = usedAfterCollection();
        long[] late = {-1};
        long[] written = {0};
        Writer probe = new Writer() {
            @Override
            public void write(char[] chars, int off, int len) {
                written[0] += len;
                if (late[0] < 0 && written[0] > 15_000_000) {
                    late[0] = usedAfterCollection();
                }
            }

            @Override
            public void flush() {
            }

            @Override
            public void close() {
            }
        };
        new PostingGenerator(4).write(100_000, PostingGenerator.OutputFormat.CSV, probe);
        assertThat(written[0]).as("characters written").isGreaterThan(15_000_000);
        assertThat(late[0] - before).as("heap growth in bytes").isLessThan(6L << 20);
    }

    private static long usedAfterCollection() {
        Runtime runtime = Runtime.getRuntime();
        System.gc();
        return runtime.totalMemory() - runtime.freeMemory();
    }

    /** What one full pass of seed 2026 (the bundled sample) holds, per role. */
    private static final class FullPass {
        final Map<String, Integer> postings = new TreeMap<>();
        final Map<String, Integer> entryLevel = new HashMap<>();
        final Map<String, Map<String, Integer>> workModes = new HashMap<>();
        final Map<String, List<Double>> salaries = new HashMap<>();
        final Map<String, Map<String, Integer>> skillCounts = new HashMap<>();
        final Map<String, Map<String, List<Double>>> skillSalaries = new HashMap<>();
        /** Per role, postings per month ("2026-01", ..., "" for undated). */
        final Map<String, Map<String, Integer>> months = new HashMap<>();
        final Map<String, Map<String, List<Double>>> monthSalaries = new HashMap<>();
        final Set<String> ids = new HashSet<>();
        final Map<String, List<String>> top = new HashMap<>();

        int share(String role, Map<String, Map<String, Integer>> counts, String key) {
            return percent(counts.get(role).getOrDefault(key, 0), postings.get(role));
        }
    }

    private static FullPass fullPass;

    private static synchronized FullPass fullPass() throws IOException {
        if (fullPass != null) {
            return fullPass;
        }
        FullPass f = new FullPass();
        SkillTaxonomy taxonomy = SkillTaxonomy.defaults();
        SalaryRules rules = new SalaryRules(2080, false);
        for (CSVRecord r : parse(generate(2026, FULL_PASS_ROWS, PostingGenerator.OutputFormat.CSV))) {
            if (!f.ids.add(r.get("id"))) {
                continue;
            }
            String role = r.get("role");
            String month = r.get("posted_at").isEmpty() ? "" : r.get("posted_at").substring(0, 7);
            f.postings.merge(role, 1, Integer::sum);
            f.months.computeIfAbsent(role, k -> new TreeMap<>()).merge(month, 1, Integer::sum);
            f.workModes.computeIfAbsent(role, k -> new HashMap<>()).merge(r.get("work_mode"), 1, Integer::sum);
            if (r.get("seniority").equals("entry")) {
                f.entryLevel.merge(role, 1, Integer::sum);
            }
            SalaryRules.Outcome pay = rules.apply(number(r.get("salary_min")), number(r.get("salary_max")),
                    r.get("salary_currency").isEmpty() ? null : r.get("salary_currency"),
                    PayPeriod.of(r.get("salary_period")), false, r.get("country"));
            boolean valid = pay.status() == SalaryStatus.VALID;
            if (valid) {
                f.salaries.computeIfAbsent(role, k -> new ArrayList<>()).add(pay.annual());
                f.monthSalaries.computeIfAbsent(role, k -> new TreeMap<>())
                        .computeIfAbsent(month, k -> new ArrayList<>()).add(pay.annual());
            }
            Map<String, Integer> counts = f.skillCounts.computeIfAbsent(role, k -> new HashMap<>());
            Set<String> distinct = new HashSet<>();
            for (String raw : r.get("skills").split(";")) {
                if (!raw.isEmpty()) {
                    distinct.add(taxonomy.canonical(raw));
                }
            }
            distinct.forEach(s -> counts.merge(s, 1, Integer::sum));
            if (valid) {
                Map<String, List<Double>> bySkill = f.skillSalaries.computeIfAbsent(role, k -> new HashMap<>());
                distinct.forEach(s -> bySkill.computeIfAbsent(s, k -> new ArrayList<>()).add(pay.annual()));
            }
        }
        f.skillCounts.forEach((role, counts) -> f.top.put(role, top30(counts)));
        fullPass = f;
        return f;
    }

    /** The point of the generator: a full pass lands on the published figures. */
    @Test
    void aFullPassMeetsThePublishedFigures() throws IOException {
        FullPass f = fullPass();
        assertThat(f.ids).hasSize(78_245);
        // role, postings, US salaries, median, entry-level postings, top skill and its share
        Object[][] published = {
            {"Backend Developer", 7_257, 545, 150_000.0, 144, "AWS", 0.43},
            {"DevOps Engineer", 6_908, 1_103, 131_500.0, 139, "CI/CD", 0.63},
            {"Embedded Developer", 2_589, 848, 134_600.0, 173, "Python", 0.37},
            {"Software Engineer", 49_510, 11_120, 140_000.0, 1_881, "Python", 0.32},
            {"Full-Stack Developer", 6_491, 827, 142_000.0, 169, "React", 0.51},
        };
        for (Object[] p : published) {
            String role = (String) p[0];
            int n = f.postings.get(role);
            assertThat(n).as(role).isEqualTo(p[1]);
            assertThat(f.salaries.get(role)).as(role).hasSize((Integer) p[2]);
            assertThat(median(f.salaries.get(role))).as(role).isEqualTo(p[3]);
            assertThat(f.entryLevel.get(role)).as(role).isEqualTo(p[4]);
            String topSkill = f.top.get(role).get(0);
            assertThat(topSkill).as(role).isEqualTo(p[5]);
            assertThat((double) f.skillCounts.get(role).get(topSkill) / n).as(role).isCloseTo((Double) p[6], within(0.005));
        }
        assertThat(shared(f.top, "Backend Developer", "DevOps Engineer")).isEqualTo(18);
        assertThat(shared(f.top, "Backend Developer", "Embedded Developer")).isEqualTo(10);
        assertThat(shared(f.top, "Backend Developer", "Full-Stack Developer")).isEqualTo(22);
        assertThat(shared(f.top, "Backend Developer", "Software Engineer")).isEqualTo(25);
    }

    /**
     * The articles' work-mode splits as far as one work mode per posting allows (theirs sum to
     * 105% and 109%): remote and hybrid as published, onsite the rest.
     */
    @ParameterizedTest(name = "{0} {1}: {2}%")
    @CsvSource({
        "Backend Developer, remote, 30",
        "Backend Developer, hybrid, 23",
        "Backend Developer, onsite, 46",
        "DevOps Engineer, remote, 23",
        "DevOps Engineer, hybrid, 33",
        "DevOps Engineer, onsite, 43",
        "Embedded Developer, remote, 8",
        "Embedded Developer, onsite, 77",
        "Software Engineer, remote, 17",
        "Software Engineer, hybrid, 25",
        "Software Engineer, onsite, 56",
        "Full-Stack Developer, remote, 28",
        "Full-Stack Developer, hybrid, 25"})
    void aFullPassMeetsThePublishedWorkModes(String role, String mode, int percent) throws IOException {
        FullPass f = fullPass();
        assertThat(f.share(role, f.workModes, mode)).isEqualTo(percent);
    }

    /** Skill shares and the top-30 lists each side of a pair, as the articles list them. */
    @Test
    void aFullPassMeetsThePublishedSkillLists() throws IOException {
        FullPass f = fullPass();
        assertThat(f.share("Backend Developer", f.skillCounts, "Automation")).isEqualTo(15);
        assertThat(f.share("Backend Developer", f.skillCounts, "Node.js")).isEqualTo(18);
        assertThat(f.share("DevOps Engineer", f.skillCounts, "Linux")).isEqualTo(30);
        assertThat(f.share("Software Engineer", f.skillCounts, "Linux")).isEqualTo(13);
        List<String> backend = f.top.get("Backend Developer");
        assertThat(backend).doesNotContain("Linux").contains("Kafka", "RESTful APIs", "AWS", "Docker", "Scalability");
        assertThat(f.top.get("DevOps Engineer")).contains("Linux");
        assertThat(f.top.get("Embedded Developer")).contains("Linux").doesNotContain("AWS", "Docker", "Scalability");
        assertThat(f.top.get("Software Engineer")).contains("Linux").doesNotContain("Kafka", "RESTful APIs");
    }

    /** Every premium line of market.txt (the articles' skill medians) is met exactly, with its n. */
    @Test
    void aFullPassMeetsEverySkillMedianExactly() throws IOException {
        FullPass f = fullPass();
        int checked = 0;
        for (RoleModel role : MarketModel.defaults().roles) {
            for (SkillModel skill : role.skills()) {
                if (skill.premium()) {
                    List<Double> pay = f.skillSalaries.get(role.name()).get(skill.name());
                    assertThat(median(pay)).as("%s %s", role.name(), skill.name()).isEqualTo(skill.premiumMedian());
                    assertThat(pay).as("%s %s", role.name(), skill.name())
                            .hasSize((int) Math.round(skill.salariedShare() * role.salary().n()));
                    checked++;
                }
            }
        }
        assertThat(checked).isEqualTo(38);
        Object[][] published = {
            {"Full-Stack Developer", "LLMs", 183_800.0, 28},
            {"Full-Stack Developer", "Next.js", 166_300.0, 37},
            {"Full-Stack Developer", "Kafka", 161_000.0, 29},
            {"DevOps Engineer", "LLMs", 158_000.0, 30},
            {"DevOps Engineer", "Distributed Systems", 152_000.0, 46},
            {"Backend Developer", "Rust", 179_500.0, 38},
            {"DevOps Engineer", "Pulumi", 170_000.0, 39},
            {"Software Engineer", "Sentry", 190_000.0, 82},
        };
        for (Object[] p : published) {
            List<Double> pay = f.skillSalaries.get((String) p[0]).get((String) p[1]);
            assertThat(pay).as("%s %s", p[0], p[1]).hasSize((Integer) p[3]);
            assertThat(median(pay)).as("%s %s", p[0], p[1]).isEqualTo(p[2]);
        }
    }

    /**
     * The articles' words for the overlaps (docs/METRICS.md section 10, terciles of the pairs of
     * roles with at least 100 postings): Backend vs DevOps "moderate", Backend vs Embedded "one of
     * the lowest".
     */
    @Test
    void aFullPassPlacesTheOverlapsWhereTheArticlesDo() throws IOException {
        FullPass f = fullPass();
        List<String> ranked = f.postings.entrySet().stream()
                .filter(e -> !e.getKey().isEmpty() && e.getValue() >= 100).map(Map.Entry::getKey).toList();
        List<Double> all = new ArrayList<>();
        for (int i = 0; i < ranked.size(); i++) {
            for (int j = i + 1; j < ranked.size(); j++) {
                all.add(jaccard(f.top, ranked.get(i), ranked.get(j)));
            }
        }
        assertThat(all).hasSize(210);
        double moderate = jaccard(f.top, "Backend Developer", "DevOps Engineer");
        double low = jaccard(f.top, "Backend Developer", "Embedded Developer");
        long aboveModerate = all.stream().filter(j -> j > moderate).count();
        long belowModerate = all.stream().filter(j -> j < moderate).count();
        long belowLow = all.stream().filter(j -> j < low).count();
        // Rank from the top (1 + pairs above) and from the bottom past the first third; rank from the bottom within it.
        assertThat(3 * (aboveModerate + 1)).isGreaterThan(all.size());
        assertThat(3 * (belowModerate + 1)).isGreaterThan(all.size());
        assertThat(3 * (belowLow + 1)).isLessThanOrEqualTo(all.size());
    }

    private static double jaccard(Map<String, List<String>> top, String a, String b) {
        Set<String> union = new HashSet<>(top.get(a));
        union.addAll(top.get(b));
        return (double) shared(top, a, b) / union.size();
    }

    /** samples/README.md "Dates and trend": postings per month and the US median per month. */
    @Test
    void aFullPassFollowsTheDocumentedTrend() throws IOException {
        FullPass f = fullPass();
        assertThat(f.months.get("Backend Developer")).containsExactly(Map.entry("", 37),
                Map.entry("2026-01", 1011), Map.entry("2026-02", 1083), Map.entry("2026-03", 1155),
                Map.entry("2026-04", 1227), Map.entry("2026-05", 1300), Map.entry("2026-06", 1444));
        assertThat(f.months.get("DevOps Engineer")).containsExactly(Map.entry("", 34),
                Map.entry("2026-01", 1374), Map.entry("2026-02", 1306), Map.entry("2026-03", 1169),
                Map.entry("2026-04", 1100), Map.entry("2026-05", 1031), Map.entry("2026-06", 894));
        int undated = 0;
        for (Map<String, Integer> byMonth : f.months.values()) {
            undated += byMonth.getOrDefault("", 0);
        }
        assertThat(undated).isEqualTo(383);
        // role, then the US median and n of each month, January to June (samples/README.md)
        Object[][] medians = {
            {"Backend Developer", 142_000.0, 76, 144_500.0, 81, 147_500.0, 87, 150_750.0, 92, 153_750.0, 98, 156_500.0, 108},
            {"DevOps Engineer", 125_500.0, 219, 128_250.0, 208, 130_000.0, 187, 133_750.0, 176, 136_000.0, 165, 138_500.0, 143},
            {"Embedded Developer", 127_000.0, 141, 130_500.0, 141, 133_000.0, 141, 136_000.0, 141, 138_750.0, 140,
                141_750.0, 140},
            {"Software Engineer", 133_000.0, 1_770, 135_500.0, 1_770, 138_000.0, 1_881, 141_500.0, 1_881, 144_500.0, 1_881,
                147_500.0, 1_881},
            {"Full-Stack Developer", 135_750.0, 156, 138_000.0, 148, 140_750.0, 140, 144_250.0, 132, 146_750.0, 124,
                149_500.0, 123},
        };
        for (Object[] m : medians) {
            for (int month = 1; month <= 6; month++) {
                List<Double> pay = f.monthSalaries.get((String) m[0]).get("2026-0" + month);
                assertThat(median(pay)).as("%s month %d", m[0], month).isEqualTo(m[2 * month - 1]);
                assertThat(pay).as("%s month %d", m[0], month).hasSize((Integer) m[2 * month]);
            }
        }
    }

    /** A share in whole percent, rounded half up from the exact fraction (docs/METRICS.md section 10). */
    private static int percent(int count, int of) {
        return (int) ((200L * count + of) / (2L * of));
    }

    private static Double number(String cell) {
        return cell.isEmpty() ? null : Double.valueOf(cell);
    }

    private static double median(List<Double> values) {
        List<Double> sorted = values.stream().sorted().toList();
        int n = sorted.size();
        return n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
    }

    /** docs/METRICS.md top(R, 30): by count descending, then lower-cased name. */
    private static List<String> top30(Map<String, Integer> counts) {
        return counts.entrySet().stream()
                .sorted(Comparator.<Map.Entry<String, Integer>>comparingInt(e -> -e.getValue())
                        .thenComparing(e -> e.getKey().toLowerCase(Locale.ROOT)))
                .limit(30)
                .map(Map.Entry::getKey)
                .toList();
    }

    private static int shared(Map<String, List<String>> top, String a, String b) {
        Set<String> both = new HashSet<>(top.get(a));
        both.retainAll(top.get(b));
        return both.size();
    }
}
