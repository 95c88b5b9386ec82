package io.postings.engine.pass;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
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
}
