package io.postings.report;

import java.util.List;

/**
 * How the input was accounted for: {@code rowsRead = postings + duplicates + rejected + filteredOut}.
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
 * @param withoutDate      postings (analysed) with no posted date or one that could not be read
 * @param filteredOut      distinct rows the window or a filter left out (not postings, not aggregated)
 * @param filtered         filteredOut by its first reason: no_date, outside_window, country, seniority,
 *                         work_mode, company
 * @param dates            first and last posted date of the postings, or null when none has a date
 * @param selection        the window and filters the run applied
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
        List<InputFile> sources,
        long withoutDate,
        long filteredOut,
        List<Share> filtered,
        DateSpan dates,
        Selection selection) {

    /** An input summary of a run with no window or filter and no dates. */
    public InputSummary(List<String> files, long rowsRead, long postings, long duplicates, long rejected,
            long withoutRole, long salaryStated, long salaryValid, List<Share> salaryExcluded, List<Problem> problems,
            List<Share> unmappedSkills, List<Share> unmatchedTitles) {
        this(files, rowsRead, postings, duplicates, rejected, withoutRole, salaryStated, salaryValid, salaryExcluded,
                problems, unmappedSkills, unmatchedTitles, List.of(), 0, 0, List.of(), null, Selection.NONE);
    }
}
