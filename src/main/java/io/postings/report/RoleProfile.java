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
        List<Share> employers) {

    /** A profile of a role named canonically (nothing requested under another name). */
    public RoleProfile(String role, long postings, Share topSkill, double entryLevelShare, double remoteShare,
            SalarySummary salary, List<Share> topSkills, int skillCount, List<SkillSalary> skillSalaries,
            List<Share> seniority, List<Share> workMode, List<Share> countries, Share unknownCountry,
            List<Share> employers) {
        this(role, null, postings, topSkill, entryLevelShare, remoteShare, salary, topSkills, skillCount, skillSalaries,
                seniority, workMode, countries, unknownCountry, employers);
    }

    /** This profile, recording the text the role was asked for by (null: asked for by its name). */
    public RoleProfile withRequested(String typed) {
        return new RoleProfile(role, typed, postings, topSkill, entryLevelShare, remoteShare, salary, topSkills,
                skillCount, skillSalaries, seniority, workMode, countries, unknownCountry, employers);
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
