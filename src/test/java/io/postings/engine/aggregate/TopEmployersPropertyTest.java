package io.postings.engine.aggregate;

import static io.postings.engine.aggregate.Postings.posting;
import static org.assertj.core.api.Assertions.assertThat;

import io.postings.normalize.Text;
import io.postings.report.Parameters;
import io.postings.report.Share;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;

/**
 * A role's top employers keep the ranking of docs/METRICS.md: employers grouped by case-folded
 * name, count descending, then the folded name; each shown by its most frequent spelling, ties
 * to the smallest. The aggregate keeps only the best k as it goes; this is the whole sort.
 */
class TopEmployersPropertyTest {
    private static final String[] NAMES = {"Acme", "ACME", "acme", "Zed", "zed", "Initech", "Globex", "GLOBEX", "Umbrella",
        "Hooli", "Stark", "stark", "Wayne", "Tyrell", "Cyberdyne", "Soylent"};

    @Property(tries = 200)
    void theTopKAreTheFirstKOfTheWholeRanking(@ForAll long seed, @ForAll @IntRange(min = 1, max = 12) int k) {
        SplittableRandom random = new SplittableRandom(seed);
        List<String> companies = new ArrayList<>();
        int n = random.nextInt(0, 300);
        for (int i = 0; i < n; i++) {
            companies.add(NAMES[random.nextInt(NAMES.length)]);
        }
        RoleAggregate agg = new RoleAggregate("R");
        companies.forEach(c -> agg.accept(posting("R").company(c).build()));

        List<Share> top = agg.result(new Parameters(30, 25, k, 2080, false, "id")).employers();

        assertThat(top).isEqualTo(wholeRanking(companies, n).subList(0, Math.min(k, wholeRanking(companies, n).size())));
    }

    private static List<Share> wholeRanking(List<String> companies, long postings) {
        Map<String, Map<String, Long>> bySpelling = new HashMap<>();
        companies.forEach(c -> bySpelling.computeIfAbsent(Text.fold(c), f -> new HashMap<>()).merge(c, 1L, Long::sum));
        record Employer(String key, String display, long count) {
        }
        List<Employer> all = new ArrayList<>();
        bySpelling.forEach((key, spellings) -> {
            String display = spellings.entrySet().stream()
                    .sorted(Map.Entry.<String, Long>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                    .findFirst().orElseThrow().getKey();
            all.add(new Employer(key, display, spellings.values().stream().mapToLong(Long::longValue).sum()));
        });
        all.sort(Comparator.comparingLong(Employer::count).reversed().thenComparing(Employer::key));
        return all.stream().map(e -> Share.of(e.display(), e.count(), postings)).toList();
    }
}
