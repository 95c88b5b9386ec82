package io.postings.generate;

import java.util.List;

/**
 * One role's calibration, per full pass of {@code postings} postings. The weight arrays
 * follow {@link PostingSource#LEVELS}, {@link PostingSource#MODES} and {@code countries}
 * ("" is the unknown bucket); {@code employerCounts} are exact postings, the rest of the
 * role's postings going to the long tail of generated company names.
 *
 * @param name the canonical role, or "" for titles that match no role
 * @param trend percent of the postings per month of {@link MarketModel#months}, then undated
 */
record RoleModel(
        String name,
        int postings,
        SalaryModel salary,
        double[] seniority,
        double[] workMode,
        List<String> countries,
        double[] countryWeights,
        List<String> employers,
        int[] employerCounts,
        List<String> titles,
        List<SkillModel> skills,
        double[] trend) {
}
