package io.postings.generate;

/**
 * Draws categories without replacement from a shuffled deck that holds each category as
 * many times as its quota, and reshuffles when the deck runs out. Independent draws would
 * land a published count (7,257 postings, 545 salaries, 519 from one employer) only within
 * sampling noise; a deck lands it exactly on every full pass, in random order, and a partial
 * pass is a random sample without replacement. Memory is the deck, whatever the row count.
 */
final class Deck {
    private final int[] cards;
    private int next;

    Deck(int[] counts) {
        int size = 0;
        for (int c : counts) {
            size += c;
        }
        if (size == 0) {
            throw new IllegalArgumentException("a deck needs at least one card");
        }
        cards = new int[size];
        int at = 0;
        for (int category = 0; category < counts.length; category++) {
            for (int k = 0; k < counts[category]; k++) {
                cards[at++] = category;
            }
        }
        next = size;
    }

    int draw(Rng rng) {
        if (next == cards.length) {
            for (int i = cards.length - 1; i > 0; i--) {
                int j = rng.nextInt(i + 1);
                int t = cards[i];
                cards[i] = cards[j];
                cards[j] = t;
            }
            next = 0;
        }
        return cards[next++];
    }

    /**
     * Integer quotas summing to {@code total}, proportional to {@code weights} (largest
     * remainder; equal remainders go to the earlier category, so the result is stable).
     */
    static int[] apportion(double[] weights, int total) {
        double sum = 0;
        for (double w : weights) {
            sum += w;
        }
        int[] counts = new int[weights.length];
        double[] remainders = new double[weights.length];
        int given = 0;
        for (int i = 0; i < weights.length; i++) {
            double exact = weights[i] / sum * total;
            counts[i] = (int) Math.floor(exact);
            remainders[i] = exact - counts[i];
            given += counts[i];
        }
        for (; given < total; given++) {
            int best = 0;
            for (int i = 1; i < weights.length; i++) {
                if (remainders[i] > remainders[best]) {
                    best = i;
                }
            }
            counts[best]++;
            remainders[best] = -1;
        }
        return counts;
    }
}
