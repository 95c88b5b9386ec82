package io.postings.generate;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.Comparator;
import java.util.List;

/**
 * When one role's postings were posted: the month of each posting comes from a {@link Deck}
 * that holds each month (and the undated bucket) as often as the role's trend weights say, so
 * a full pass meets every monthly count exactly. Postings with a valid US salary take their
 * month from their salary rank instead, dealt so that pay drifts upward over the window: month
 * k's salaries are a stratified sample of the role's pay distribution shifted by {@code d_k}
 * standard deviations (on the log scale), d running evenly from {@code -drift / 2} in the first
 * month to {@code +drift / 2} in the last. Every month still gets its exact share of the
 * salaries, the months together hold every salary once, and the role's median does not move.
 */
final class PostingMonths {
    /** Months of postings without a valid US salary; the last index is "undated". */
    private final Deck unsalaried;
    /** The month (or undated index) of each salary rank. */
    private final int[] monthOfRank;
    private final List<YearMonth> months;

    /**
     * @param weights one weight per month of {@code months}, then the undated weight
     * @param drift   the shift, in standard deviations of log pay, from the first month's pay to the last's
     * @param rng     picks the undated salaries (a random set, so they pay like the others)
     */
    PostingMonths(List<YearMonth> months, double[] weights, int postings, int n, double drift, Rng rng) {
        if (weights.length != months.size() + 1) {
            throw new IllegalStateException("market.txt: a trend needs one weight per month and one undated");
        }
        this.months = months;
        unsalaried = postings > n ? new Deck(Deck.apportion(weights, postings - n)) : null;
        monthOfRank = new int[n];
        if (n == 0) {
            return;
        }
        int[] counts = Deck.apportion(weights, n);
        int undated = counts[months.size()];
        BitSet isUndated = new BitSet(n);
        while (isUndated.cardinality() < undated) {
            isUndated.set(rng.nextInt(n));
        }
        // Every month's targets (quantiles of its shifted distribution), merged in order: the
        // i-th lowest target takes the i-th lowest dated rank.
        List<double[]> targets = new ArrayList<>();
        for (int month = 0; month < months.size(); month++) {
            double shift = months.size() == 1 ? 0 : drift * ((double) month / (months.size() - 1) - 0.5);
            for (int j = 0; j < counts[month]; j++) {
                targets.add(new double[] {Normal.quantile((j + 0.5) / counts[month]) + shift, month});
            }
        }
        targets.sort(Comparator.<double[]>comparingDouble(t -> t[0]).thenComparingDouble(t -> t[1]));
        int at = 0;
        for (int rank = 0; rank < n; rank++) {
            monthOfRank[rank] = isUndated.get(rank) ? months.size() : (int) targets.get(at++)[1];
        }
    }

    /**
     * An ISO date, or "" for an undated posting.
     *
     * @param rank the posting's salary rank, or -1 when it has no valid US salary
     */
    String date(int rank, Rng rng) {
        int month = rank >= 0 ? monthOfRank[rank] : unsalaried.draw(rng);
        if (month == months.size()) {
            return "";
        }
        YearMonth ym = months.get(month);
        return ym.atDay(1 + rng.nextInt(ym.lengthOfMonth())).toString();
    }
}
