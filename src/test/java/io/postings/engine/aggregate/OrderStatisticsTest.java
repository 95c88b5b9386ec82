package io.postings.engine.aggregate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.postings.report.Interval;
import org.junit.jupiter.api.Test;

class OrderStatisticsTest {

    @Test
    void medianOfOddCountIsTheMiddleValue() {
        assertThat(OrderStatistics.median(new double[] {1, 2, 9})).isEqualTo(2);
    }

    @Test
    void medianOfEvenCountIsTheMeanOfTheTwoMiddleValues() {
        assertThat(OrderStatistics.median(new double[] {100_000, 150_000, 150_001, 200_000})).isEqualTo(150_000.5);
    }

    @Test
    void medianOfNothingIsAnError() {
        assertThatThrownBy(() -> OrderStatistics.median(new double[0])).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void noIntervalUpToFiveValues() {
        for (int n = 0; n <= 5; n++) {
            assertThat(OrderStatistics.intervalRank(n)).as("n=%d", n).isZero();
        }
        assertThat(OrderStatistics.medianInterval(new double[] {1, 2, 3, 4, 5})).isNull();
    }

    @Test
    void sixValuesGiveTheirRange() {
        assertThat(OrderStatistics.medianInterval(new double[] {1, 2, 3, 4, 5, 6})).isEqualTo(new Interval(1, 6));
    }

    @Test
    void intervalRankMatchesAnExactBinomialComputation() {
        for (int n = 1; n <= 400; n++) {
            assertThat(OrderStatistics.intervalRank(n)).as("n=%d", n).isEqualTo(ExactRank.of(n));
        }
        for (int n : new int[] {545, 1_103, 11_120}) {
            assertThat(OrderStatistics.intervalRank(n)).as("n=%d", n).isEqualTo(ExactRank.of(n));
        }
    }

    @Test
    void intervalUsesOrderStatisticsOfTheSortedSample() {
        double[] sorted = new double[25];
        for (int i = 0; i < sorted.length; i++) {
            sorted[i] = 1000 * (i + 1);
        }
        // n=25: P(X<=7) = 0.0216 <= 0.025 < P(X<=8) = 0.0539, so j = 8: [x(8), x(18)].
        assertThat(OrderStatistics.medianInterval(sorted)).isEqualTo(new Interval(8000, 18000));
    }

    @Test
    void percentilesAreNearestRank() {
        double[] ten = {1, 2, 3, 4, 5, 6, 7, 8, 9, 10};
        // Rank ceil(p * n / 100): p10 of 10 values is the 1st, p25 the 3rd, p75 the 8th, p90 the 9th.
        assertThat(OrderStatistics.percentile(ten, 10)).isEqualTo(1);
        assertThat(OrderStatistics.percentile(ten, 25)).isEqualTo(3);
        assertThat(OrderStatistics.percentile(ten, 75)).isEqualTo(8);
        assertThat(OrderStatistics.percentile(ten, 90)).isEqualTo(9);
        assertThat(OrderStatistics.percentile(ten, 100)).isEqualTo(10);
        // One value is every percentile; small p of few values is the smallest (rank at least 1).
        assertThat(OrderStatistics.percentile(new double[] {7}, 10)).isEqualTo(7);
        assertThat(OrderStatistics.percentile(new double[] {7, 9}, 1)).isEqualTo(7);
        assertThatThrownBy(() -> OrderStatistics.percentile(new double[0], 10)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> OrderStatistics.percentile(ten, 0)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void distributionKeepsTheExactMedianAndIsOrdered() {
        double[] four = {100, 200, 300, 400};
        assertThat(OrderStatistics.distribution(four))
                .isEqualTo(new io.postings.report.Distribution(100, 100, 250, 300, 400));
        assertThat(OrderStatistics.distribution(new double[0])).isNull();
        java.util.Random random = new java.util.Random(5);
        for (int n = 1; n < 200; n++) {
            double[] values = random.doubles(n, 10_000, 500_000).sorted().toArray();
            var d = OrderStatistics.distribution(values);
            assertThat(d.p10()).isLessThanOrEqualTo(d.p25());
            assertThat(d.p25()).isLessThanOrEqualTo(d.median());
            assertThat(d.median()).isLessThanOrEqualTo(d.p75());
            assertThat(d.p75()).isLessThanOrEqualTo(d.p90());
        }
    }
}
