package io.postings.report;

import java.util.List;

/**
 * How the input was accounted for: {@code rowsRead = postings + duplicates + rejected}.
 *
 * @param files            the inputs as named on the command line ("-" for stdin)
 * @param withoutRole      postings whose title or role matched no role
 * @param salaryStated     postings that stated any salary
 * @param salaryValid      postings with a valid US base salary
 * @param salaryExcluded   stated salaries left out, by reason (out_of_range, estimated, not_us, not_usd, unparseable)
 * @param problems         rejected rows and unreadable fields, by kind, with first examples
 * @param unmappedSkills   raw skill names that matched no canonical skill, most frequent first
 * @param unmatchedTitles  titles (or role values) that matched no role, grouped by their first
 *                         part without seniority and noise words, most frequent first
 * @param sources          each input as read: size, SHA-256 and rows, so a drift can be told from a new dump
 *                         (empty where the inputs were not read by this tool's pass)
 */
public record InputSummary(
        List<String> files,
        long rowsRead,
        long postings,
        long duplicates,
        long rejected,
        long withoutRole,
        long salaryStated,
        long salaryValid,
        List<Share> salaryExcluded,
        List<Problem> problems,
        List<Share> unmappedSkills,
        List<Share> unmatchedTitles,
        List<InputFile> sources) {

    public InputSummary(List<String> files, long rowsRead, long postings, long duplicates, long rejected,
            long withoutRole, long salaryStated, long salaryValid, List<Share> salaryExcluded, List<Problem> problems,
            List<Share> unmappedSkills, List<Share> unmatchedTitles) {
        this(files, rowsRead, postings, duplicates, rejected, withoutRole, salaryStated, salaryValid, salaryExcluded,
                problems, unmappedSkills, unmatchedTitles, List.of());
    }
}
