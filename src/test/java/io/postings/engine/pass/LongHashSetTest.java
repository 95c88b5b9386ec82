package io.postings.engine.pass;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class LongHashSetTest {

    @Test
    void agreesWithAHashSetThroughManyGrowths() {
        LongHashSet set = new LongHashSet();
        Set<Long> expected = new HashSet<>();
        SplittableRandom random = new SplittableRandom(7);

        for (int i = 0; i < 300_000; i++) {
            // Small range: many repeats; zero included (it is the empty-slot marker inside).
            long value = i % 3 == 0 ? random.nextLong() : random.nextLong(-50_000, 50_000);
            assertThat(set.add(value)).isEqualTo(expected.add(value));
        }

        assertThat(set.size()).isEqualTo(expected.size());
        for (long value : expected) {
            assertThat(set.add(value)).isFalse();
        }
    }

    @Test
    void valuesThatShareTheirTopBitsStillSpreadAndStayDistinct() {
        LongHashSet set = new LongHashSet();
        for (long i = 1; i <= 100_000; i++) {
            assertThat(set.add(i << 40)).isTrue();
        }
        assertThat(set.add(5L << 40)).isFalse();
        assertThat(set.size()).isEqualTo(100_000);
    }

    @Test
    void oneSegmentGrowsPastDoublingIntoQuarterStepsAndKeepsEveryValue() {
        // Values whose hash lands in segment 0: that segment alone grows through the doubling
        // steps and on by quarters; touching values in between changes nothing.
        LongHashSet set = new LongHashSet();
        List<Long> crowd = new ArrayList<>();
        for (long v = 1; crowd.size() < 6_000; v++) {
            if (LongHashSet.mix(v) >>> 54 == 0) {
                crowd.add(v);
            }
        }
        for (long v : crowd) {
            set.touch(v);
            assertThat(set.add(v)).isTrue();
            set.touch(v + 1);
        }

        assertThat(set.size()).isEqualTo(6_000);
        for (long v : crowd) {
            set.touch(v);
            assertThat(set.add(v)).isFalse();
        }
        assertThat(set.size()).isEqualTo(6_000);
    }
}
