package io.postings.generate;

import java.util.List;

/**
 * One synthetic posting, in the canonical columns. Empty strings are unknown values.
 *
 * @param pay null when the posting states no pay
 */
record GeneratedPosting(
        String id,
        String title,
        String role,
        String company,
        String location,
        String country,
        String workMode,
        String seniority,
        Pay pay,
        List<String> skills,
        String postedAt) {

    /**
     * Stated pay.
     *
     * @param max null when the posting states one figure
     * @param currency "" when unstated (a US posting's pay is then USD)
     * @param period "" when unstated (the tool reads the period from the size of the figure)
     */
    record Pay(long min, Long max, String currency, String period) {
    }
}
