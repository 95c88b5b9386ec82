package io.postings.engine.aggregate;

import static io.postings.engine.aggregate.Postings.posting;
import static org.assertj.core.api.Assertions.assertThat;

import io.postings.input.ProblemKind;
import io.postings.engine.analysis.Reports;
import io.postings.engine.analysis.Trends;
import io.postings.normalize.Posting;
import io.postings.normalize.SalaryStatus;
import io.postings.report.CompareReport;
import io.postings.report.InputSummary;
import io.postings.report.Parameters;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.SplittableRandom;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;

/**
 * What a distributed run does with the aggregates: fill parts apart, ship them in their
 * binary form, merge them in any order into accumulators that learn their role from what they
 * are given. The result equals one pass over the whole.
 */
class ShuffledMergePropertyTest {
    private static final String[] ROLES = {"A", "B", "C"};
    private static final String[] SKILLS = {"AWS", "Go", "Java", "SQL", "Rust", "Kafka"};
    private static final ProblemKind[] KINDS = {ProblemKind.UNKNOWN_COUNTRY, ProblemKind.UNKNOWN_ROLE, ProblemKind.UNPARSEABLE_SALARY};

    @Property(tries = 20)
    void rolePartsShippedAndMergedInAnyOrderEqualOnePass(@ForAll long seed) throws IOException {
        SplittableRandom random = new SplittableRandom(seed);
        List<Posting> postings = new ArrayList<>();
        for (int i = random.nextInt(1, 500); i > 0; i--) {
            List<String> skills = new ArrayList<>();
            for (String s : SKILLS) {
                if (random.nextInt(3) == 0) {
                    skills.add(s);
                }
            }
            var b = posting(ROLES[random.nextInt(ROLES.length)]).skills(skills.toArray(String[]::new))
                    .company(random.nextBoolean() ? "Acme" : "ACME").country(random.nextBoolean() ? "US" : null);
            if (random.nextBoolean()) {
                b.salary(100_000 + 5_000 * random.nextInt(10));
            }
            if (random.nextInt(5) > 0) { // a fifth have no date
                b.posted(java.time.LocalDate.of(2026, 1, 1).plusDays(random.nextInt(200)).toString());
            }
            postings.add(b.build());
        }
        Aggregation whole = new Aggregation();
        postings.forEach(whole::accept);

        int parts = random.nextInt(1, 6);
        List<RoleAggregate> shipped = new ArrayList<>();
        for (int p = 0; p < parts; p++) {
            Aggregation part = new Aggregation();
            for (int i = p; i < postings.size(); i += parts) {
                part.accept(postings.get(i));
            }
            for (RoleAggregate role : part.roles()) {
                shipped.add(roundTrip(role));
            }
        }
        Collections.shuffle(shipped, new Random(seed));
        List<RoleAggregate> merged = new ArrayList<>();
        for (String role : ROLES) {
            RoleAggregate acc = RoleAggregate.unnamed();
            shipped.stream().filter(r -> r.role().equals(role)).forEach(acc::merge);
            if (acc.role() != null) {
                merged.add(acc);
            }
        }
        Aggregation distributed = Aggregation.of(whole.stats(), merged);

        Parameters params = new Parameters(3, 2, 2, 2080, false, "id");
        CompareReport expected = Reports.compare(whole, "A", "B", params, List.of("x"));
        assertThat(Reports.compare(distributed, "A", "B", params, List.of("x"))).isEqualTo(expected);
        assertThat(Reports.profiles(distributed, params, List.of("x"), null))
                .isEqualTo(Reports.profiles(whole, params, List.of("x"), null));
        for (Trends.By by : Trends.By.values()) {
            assertThat(Trends.trend(distributed, List.of(ROLES), by, params, List.of("x"), null))
                    .isEqualTo(Trends.trend(whole, List.of(ROLES), by, params, List.of("x"), null));
        }
    }

    @Property(tries = 20)
    void statsOfFilesMergedInAnyOrderKeepTheFirstExamplesOfOnePass(@ForAll long seed) throws IOException {
        SplittableRandom random = new SplittableRandom(seed);
        int files = random.nextInt(1, 5);
        InputStats whole = new InputStats();
        List<InputStats> parts = new ArrayList<>();
        for (int f = 0; f < files; f++) {
            InputStats part = new InputStats((long) f << 40);
            for (int row = random.nextInt(0, 30); row > 0; row--) {
                whole.rowRead();
                part.rowRead();
                ProblemKind kind = KINDS[random.nextInt(KINDS.length)];
                String where = "f" + f + ".csv:" + (row + 1);
                whole.problem(kind, where, "v" + row);
                part.problem(kind, where, "v" + row);
                String date = random.nextInt(4) == 0 ? null : "2026-0" + random.nextInt(1, 10) + "-1" + random.nextInt(10);
                whole.posting(true, SalaryStatus.NONE, date);
                part.posting(true, SalaryStatus.NONE, date);
                if (random.nextInt(6) == 0) {
                    int reason = random.nextInt(PostingFilter.REASONS.length);
                    whole.rowRead();
                    part.rowRead();
                    whole.filteredOut(reason);
                    part.filteredOut(reason);
                }
            }
            parts.add(roundTrip(part));
        }
        Collections.shuffle(parts, new Random(seed));
        InputStats merged = new InputStats();
        parts.forEach(merged::merge);

        InputSummary expected = whole.result(List.of("x"), 10);
        assertThat(merged.result(List.of("x"), 10)).isEqualTo(expected);
        merged.checkAccounting();
    }

    private static RoleAggregate roundTrip(RoleAggregate role) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        role.writeTo(new DataOutputStream(bytes));
        return RoleAggregate.readFrom(new DataInputStream(new ByteArrayInputStream(bytes.toByteArray())));
    }

    private static InputStats roundTrip(InputStats stats) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        stats.writeTo(new DataOutputStream(bytes));
        return InputStats.readFrom(new DataInputStream(new ByteArrayInputStream(bytes.toByteArray())));
    }
}
