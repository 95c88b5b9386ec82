package io.postings.engine.analysis;

import static io.postings.engine.aggregate.Postings.posting;
import static org.assertj.core.api.Assertions.assertThat;

import io.postings.engine.aggregate.Aggregation;
import io.postings.report.Parameters;
import io.postings.report.SkillLine;
import io.postings.report.SkillsReport;
import java.util.List;
import org.junit.jupiter.api.Test;

class SkillTableTest {
    private static final Parameters MIN_N_2 = new Parameters(30, 2, 10, 2080, false, "id");

    private static Aggregation corpus() {
        Aggregation agg = new Aggregation();
        agg.accept(posting("R").skills("A", "B").salary(100_000).build());
        agg.accept(posting("R").skills("A", "B").salary(120_000).build());
        agg.accept(posting("R").skills("A", "C").salary(200_000).build());
        agg.accept(posting("R").skills("C", "D").salary(210_000).build());
        agg.accept(posting("R").skills("D").build());
        return agg;
    }

    @Test
    void shareOrderWithPayWhereNIsEnough() {
        SkillsReport report = SkillTable.skills(corpus(), "R", MIN_N_2, SkillTable.Sort.SHARE, List.of(), null);
        assertThat(report.postings()).isEqualTo(5);
        assertThat(report.salary().median()).isEqualTo(160_000);
        assertThat(report.skills()).extracting(SkillLine::skill).containsExactly("A", "B", "C", "D");
        SkillLine a = report.skills().get(0);
        assertThat(a.count()).isEqualTo(3);
        assertThat(a.share()).isEqualTo(0.6);
        assertThat(a.n()).isEqualTo(3);
        assertThat(a.median()).isEqualTo(120_000);
        assertThat(a.premium()).isEqualTo(-40_000);
        assertThat(a.smallSample()).isTrue();
        SkillLine d = report.skills().get(3);
        assertThat(d.n()).as("one of D's two postings has a salary").isEqualTo(1);
        assertThat(d.median()).isNull();
        assertThat(d.premium()).isNull();
    }

    @Test
    void payOrderIsTheSkillSalaryOrderThenTheRestByShare() {
        SkillsReport report = SkillTable.skills(corpus(), "R", MIN_N_2, SkillTable.Sort.PAY, List.of(), null);
        // C 205,000; A 120,000; B 110,000; D has no median.
        assertThat(report.skills()).extracting(SkillLine::skill).containsExactly("C", "A", "B", "D");
        assertThat(report.sort()).isEqualTo("pay");
        assertThat(report.skills()).extracting(SkillLine::median).containsExactly(205_000.0, 120_000.0, 110_000.0, null);
        assertThat(corpus().role("R").result(MIN_N_2).skillSalaries())
                .extracting(s -> s.skill()).containsExactly("C", "A", "B");
    }
}
