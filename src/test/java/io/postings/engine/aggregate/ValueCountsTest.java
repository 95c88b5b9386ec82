package io.postings.engine.aggregate;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class ValueCountsTest {

    @Test
    void sortedRepeatsEachValueByItsCount() {
        ValueCounts v = new ValueCounts();
        for (double x : new double[] {150_000, 90_000.5, 150_000, 0.0, -0.0, 90_000.5, 150_000}) {
            v.add(x);
        }

        assertThat(v.size()).isEqualTo(7);
        assertThat(v.sorted()).containsExactly(-0.0, 0.0, 90_000.5, 90_000.5, 150_000, 150_000, 150_000);
    }

    @Test
    void manyDistinctValuesAndMergeEqualSortingTheWholeSample() {
        SplittableRandom r = new SplittableRandom(7);
        double[] all = new double[20_000];
        ValueCounts left = new ValueCounts();
        ValueCounts right = new ValueCounts();
        for (int i = 0; i < all.length; i++) {
            all[i] = 10_000 + r.nextInt(5_000) * 7.5;
            (i % 3 == 0 ? left : right).add(all[i]);
        }
        left.merge(right);
        Arrays.sort(all);

        assertThat(left.sorted()).containsExactly(all);
        assertThat(new ValueCounts().sorted()).isEmpty();
    }
}
