package io.postings.engine.aggregate;

import static io.postings.engine.aggregate.Postings.posting;
import static org.assertj.core.api.Assertions.assertThat;

import io.postings.engine.analysis.Reports;
import io.postings.normalize.Posting;
import io.postings.normalize.Seniority;
import io.postings.normalize.WorkMode;
import io.postings.report.CompareReport;
import io.postings.report.Parameters;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;

/** Aggregating two halves apart and merging them gives exactly the one-pass result. */
class MergePropertyTest {
    private static final String[] ROLES = {"A", "B", "C"};
    private static final String[] SKILLS = {"AWS", "aws", "Go", "Java", "SQL", "Rust", "C", "C++", "Kafka", "Docker"};
    private static final String[] COUNTRIES = {"US", "US", "IN", "DE", null};
    private static final String[] COMPANIES = {"Acme", "ACME", "Zed", "Initech", null};

    @Property(tries = 25)
    void mergeOfHalvesEqualsOnePass(@ForAll long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        List<Posting> postings = new ArrayList<>();
        int n = random.nextInt(1, 600);
        for (int i = 0; i < n; i++) {
            postings.add(randomPosting(random));
        }
        int cut = random.nextInt(n + 1);
        Parameters params = new Parameters(random.nextInt(1, 8), random.nextInt(1, 10), random.nextInt(1, 4), 2080, false, "id");

        Aggregation whole = new Aggregation();
        postings.forEach(whole::accept);
        Aggregation left = new Aggregation();
        postings.subList(0, cut).forEach(left::accept);
        Aggregation right = new Aggregation();
        postings.subList(cut, n).forEach(right::accept);
        left.merge(right);

        CompareReport expected = Reports.compare(whole, "A", "B", params, List.of("x"));
        CompareReport merged = Reports.compare(left, "A", "B", params, List.of("x"));
        assertThat(merged).isEqualTo(expected);
        assertThat(Reports.compare(left, "C", "A", params, List.of("x")))
                .isEqualTo(Reports.compare(whole, "C", "A", params, List.of("x")));
    }

    private static Posting randomPosting(SplittableRandom r) {
        List<String> skills = new ArrayList<>();
        for (String s : SKILLS) {
            if (r.nextInt(3) == 0) {
                skills.add(s);
            }
        }
        var b = posting(ROLES[r.nextInt(ROLES.length)])
                .country(COUNTRIES[r.nextInt(COUNTRIES.length)])
                .company(COMPANIES[r.nextInt(COMPANIES.length)])
                .skills(skills.toArray(String[]::new));
        if (r.nextInt(4) > 0) {
            b.level(Seniority.values()[r.nextInt(Seniority.values().length)]);
        }
        if (r.nextInt(4) > 0) {
            b.mode(WorkMode.values()[r.nextInt(WorkMode.values().length)]);
        }
        if (r.nextInt(2) == 0) {
            // Few distinct values, so medians hit ties and even counts.
            b.salary(90_000 + 5_000 * r.nextInt(20) + (r.nextInt(5) == 0 ? 0.5 : 0));
        }
        return b.build();
    }
}
