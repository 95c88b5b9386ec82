package io.postings.report;

import java.util.List;

/**
 * The result of {@code inspect}: schema {@value #SCHEMA}. How each input was read and which of
 * its columns fed which field, and how much of every field came out of the whole input.
 *
 * @param files           one entry per input, in order
 * @param coverage        per posting field, the postings that have it: {key: field, count, of: postings, share}
 *                        (title, role, company, location, country, work_mode, seniority, salary_stated,
 *                        salary_valid, skills, description, posted_at)
 * @param salarySources   postings by where their stated salary came from: column, text, estimated, none
 * @param salaryFailures  salary values that could not be read, most frequent first
 * @param input           the input accounting every report carries, with the titles that matched
 *                        no role ({@code unmatched_titles}) and the unmapped skills, top N each
 */
public record InspectReport(
        String schema,
        List<InspectedFile> files,
        List<Share> coverage,
        List<Share> salarySources,
        List<Share> salaryFailures,
        InputSummary input) {

    public static final String SCHEMA = "postings.inspect/1";
}
