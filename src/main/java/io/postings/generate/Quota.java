package io.postings.generate;

/**
 * Yes or no, exactly {@code hits} times in every cycle of {@code size} draws, in random order
 * (selection sampling: the next draw is yes with probability hits left over draws left).
 * The boolean counterpart of {@link Deck}, without its memory: one per role and skill is cheap.
 */
final class Quota {
    private final int hits;
    private final int size;
    private int hitsLeft;
    private int drawsLeft;

    Quota(int hits, int size) {
        if (hits < 0 || hits > size) {
            throw new IllegalArgumentException(hits + " hits in " + size + " draws");
        }
        this.hits = hits;
        this.size = size;
    }

    /** {@code share} of {@code size}, rounded. */
    static Quota of(double share, int size) {
        return new Quota((int) Math.min(size, Math.round(share * size)), size);
    }

    boolean draw(Rng rng) {
        if (size == 0) {
            throw new IllegalStateException("a quota of no draws");
        }
        if (drawsLeft == 0) {
            hitsLeft = hits;
            drawsLeft = size;
        }
        boolean hit = rng.nextInt(drawsLeft) < hitsLeft;
        drawsLeft--;
        if (hit) {
            hitsLeft--;
        }
        return hit;
    }
}
