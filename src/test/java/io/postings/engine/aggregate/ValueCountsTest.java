package io.postings.engine.aggregate;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;
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

    /** Values split between two counts in any way, merged: the whole sample, sorted. */
    @Property(tries = 50)
    void mergedCountsEqualSortingTheWholeSample(@ForAll @Size(max = 20_000) List<@IntRange(max = 5_000) Integer> steps,
            @ForAll @IntRange(min = 1, max = 5) int every) {
        double[] all = new double[steps.size()];
        ValueCounts left = new ValueCounts();
        ValueCounts right = new ValueCounts();
        for (int i = 0; i < all.length; i++) {
            all[i] = 10_000 + steps.get(i) * 7.5;
            (i % every == 0 ? left : right).add(all[i]);
        }
        left.merge(right);
        Arrays.sort(all);

        assertThat(left.size()).isEqualTo(all.length);
        assertThat(left.sorted()).containsExactly(all);
    }

    @Test
    void noValuesSortToNothing() {
        assertThat(new ValueCounts().sorted()).isEmpty();
    }
}
