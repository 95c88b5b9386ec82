package io.postings.report;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;

/**
 * Everything docs/METRICS.md computes for one role.
 *
 * @param requested       the role as the user typed it when that was not its canonical name (an alias, a
 *                        title, seniority words: "Sr. Backend Developer"), else null and left out of the JSON
 * @param topSkills       top(R, N): count descending, then lower-cased name
 * @param skillCount      number of distinct skills the role's postings ask for
 * @param seniority       entry, mid, senior, staff, unknown (always all five, in that order)
 * @param workMode        remote, hybrid, onsite, unknown (always all four, in that order)
 * @param countries       top K known countries by count then code
 * @param unknownCountry  postings with no known country
 * @param employers       top K companies by count then case-folded name
 * @param salaryBySeniority median US base salary per level: entry, mid, senior, staff (always all four)
 * @param salaryByCountry median annual base salary per country outside the US, in the stated currency; top K
 * @param us              postings in the US, whether or not the US is among the top K countries
 */
public record RoleProfile(
        String role,
        @JsonInclude(JsonInclude.Include.NON_NULL) String requested,
        long postings,
        Share topSkill,
        double entryLevelShare,
        double remoteShare,
        SalarySummary salary,
        List<Share> topSkills,
        int skillCount,
        List<SkillSalary> skillSalaries,
        List<Share> seniority,
        List<Share> workMode,
        List<Share> countries,
        Share unknownCountry,
        List<Share> employers,
        List<LevelSalary> salaryBySeniority,
        List<LocalSalary> salaryByCountry,
        Share us) {

    /** A profile built by hand, named canonically: the US count taken from the listed countries. */
    public RoleProfile(String role, long postings, Share topSkill, double entryLevelShare, double remoteShare,
            SalarySummary salary, List<Share> topSkills, int skillCount, List<SkillSalary> skillSalaries,
            List<Share> seniority, List<Share> workMode, List<Share> countries, Share unknownCountry,
            List<Share> employers, List<LevelSalary> salaryBySeniority, List<LocalSalary> salaryByCountry) {
        this(role, null, postings, topSkill, entryLevelShare, remoteShare, salary, topSkills, skillCount, skillSalaries,
                seniority, workMode, countries, unknownCountry, employers, salaryBySeniority, salaryByCountry,
                countries.stream().filter(c -> c.key().equals("US")).findFirst().orElse(Share.of("US", 0, postings)));
    }

    /** A profile built by hand without pay by country. */
    public RoleProfile(String role, long postings, Share topSkill, double entryLevelShare, double remoteShare,
            SalarySummary salary, List<Share> topSkills, int skillCount, List<SkillSalary> skillSalaries,
            List<Share> seniority, List<Share> workMode, List<Share> countries, Share unknownCountry,
            List<Share> employers, List<LevelSalary> salaryBySeniority) {
        this(role, postings, topSkill, entryLevelShare, remoteShare, salary, topSkills, skillCount, skillSalaries,
                seniority, workMode, countries, unknownCountry, employers, salaryBySeniority, List.of());
    }

    /** A profile built by hand without the pay breakdowns. */
    public RoleProfile(String role, long postings, Share topSkill, double entryLevelShare, double remoteShare,
            SalarySummary salary, List<Share> topSkills, int skillCount, List<SkillSalary> skillSalaries,
            List<Share> seniority, List<Share> workMode, List<Share> countries, Share unknownCountry,
            List<Share> employers) {
        this(role, postings, topSkill, entryLevelShare, remoteShare, salary, topSkills, skillCount, skillSalaries,
                seniority, workMode, countries, unknownCountry, employers, List.of(), List.of());
    }

    /** This profile, recording the text the role was asked for by (null: asked for by its name). */
    public RoleProfile withRequested(String typed) {
        return new RoleProfile(role, typed, postings, topSkill, entryLevelShare, remoteShare, salary, topSkills,
                skillCount, skillSalaries, seniority, workMode, countries, unknownCountry, employers, salaryBySeniority,
                salaryByCountry, us);
    }

    public Share seniorityBucket(String key) {
        return find(seniority, key);
    }

    public Share workModeBucket(String key) {
        return find(workMode, key);
    }

    private static Share find(List<Share> buckets, String key) {
        return buckets.stream().filter(b -> b.key().equals(key)).findFirst().orElseThrow();
    }
}
