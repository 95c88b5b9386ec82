package io.postings.engine.aggregate;

import io.postings.normalize.Posting;
import io.postings.normalize.Seniority;
import io.postings.normalize.SkillSet;
import io.postings.normalize.WorkMode;
import io.postings.report.Interval;
import io.postings.report.LevelSalary;
import io.postings.report.LocalSalary;
import io.postings.report.Parameters;
import io.postings.report.RoleProfile;
import io.postings.report.SalarySummary;
import io.postings.report.Share;
import io.postings.report.SkillSalary;
import java.io.DataInput;
import java.io.DataOutput;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The state behind one role's numbers: counts per skill, seniority, work mode, country and
 * employer, and the exact multiset of US base salaries overall and per skill. Accepts
 * postings, merges with another role's state, and yields the {@link RoleProfile}.
 */
public final class RoleAggregate {
    private static final String[] SENIORITY_KEYS = {"entry", "mid", "senior", "staff", "unknown"};
    /** A median from fewer salaries than this is flagged small_sample (METRICS.md section 4). */
    static final int SMALL_SAMPLE = Parameters.SMALL_SAMPLE;
    private static final String[] WORK_MODE_KEYS = {"remote", "hybrid", "onsite", "unknown"};

    /** Null until the first posting or merge names it (see {@link #unnamed}). */
    private String role;
    private long postings;
    /** Per skill: its postings and, when any has one, their US base salaries; one lookup per skill and posting. */
    private final Map<String, Tally> skills = new HashMap<>();
    private final long[] seniority = new long[SENIORITY_KEYS.length];
    private final long[] workMode = new long[WORK_MODE_KEYS.length];
    private final Map<String, long[]> countries = new HashMap<>();
    private long unknownCountry;
    /** Company as written to its count; grouped case-insensitively only when the result is built. */
    private final StringCounts employers = new StringCounts();
    private final ValueCounts salaries = new ValueCounts();
    /** Postings and salaries by posted day, for trends and openings per month. */
    private final Timeline timeline = new Timeline();
    /** S(R) per seniority level (entry, mid, senior, staff), for pay by seniority and the adjusted gap. */
    private final ValueCounts[] levelSalaries = newLevelSalaries();
    /** Non-US salaries in the stated currency, keyed "CC CUR" (country, currency). */
    private final Map<String, ValueCounts> localSalaries = new HashMap<>();

    public RoleAggregate(String role) {
        this.role = role;
    }

    /**
     * An aggregate that takes its role from the first posting or aggregate it is given: a
     * distributed combine makes its accumulators before it is told the key they are for.
     */
    public static RoleAggregate unnamed() {
        return new RoleAggregate(null);
    }

    public String role() {
        return role;
    }

    public long postings() {
        return postings;
    }

    /** The role's postings and salaries by posted day. */
    public Timeline timeline() {
        return timeline;
    }

    /** S(R), ascending. */
    public double[] salaries() {
        return salaries.sorted();
    }

    /** Postings of the role whose skills contain {@code skill}. */
    public long skillCount(String skill) {
        Tally t = skills.get(skill);
        return t == null ? 0 : t.postings;
    }

    /** n(R, s): postings of the role with {@code skill} and a valid US base salary. */
    public long skillSalaryCount(String skill) {
        Tally t = skills.get(skill);
        return t == null || t.salaries == null ? 0 : t.salaries.size();
    }

    public void accept(Posting p) {
        if (role == null) {
            role = p.role();
        }
        postings++;
        boolean salaried = p.hasUsBaseSalary();
        if (p.skills() instanceof SkillSet set) {
            // Walked by index: an iterator per posting was a tenth of what the pass allocated.
            for (int i = 0, n = set.size(); i < n; i++) {
                Tally.count(skills, set.get(i), salaried, p.salary());
            }
        } else {
            for (String skill : p.skills()) {
                Tally.count(skills, skill, salaried, p.salary());
            }
        }
        Seniority s = p.seniority();
        seniority[s == null ? SENIORITY_KEYS.length - 1 : s.ordinal()]++;
        WorkMode w = p.workMode();
        workMode[w == null ? WORK_MODE_KEYS.length - 1 : w.ordinal()]++;
        if (p.country() == null) {
            unknownCountry++;
        } else {
            countries.computeIfAbsent(p.country(), k -> new long[1])[0]++;
        }
        if (p.company() != null) {
            employers.add(p.company(), 1);
        }
        if (p.hasLocalSalary() && p.country() != null) {
            localSalaries.computeIfAbsent(p.country() + " " + p.localCurrency(), k -> new ValueCounts()).add(p.localSalary());
        }
        if (salaried) {
            salaries.add(p.salary());
            if (s != null) {
                levelSalaries[s.ordinal()].add(p.salary());
            }
        }
        timeline.accept(p.postedAt(), salaried, p.salary());
    }

    public void merge(RoleAggregate other) {
        if (role == null) {
            role = other.role;
        } else if (other.role != null && !role.equals(other.role)) {
            throw new IllegalArgumentException("cannot merge " + other.role + " into " + role);
        }
        postings += other.postings;
        other.skills.forEach((skill, t) -> skills.computeIfAbsent(skill, k -> new Tally()).add(t));
        for (int i = 0; i < seniority.length; i++) {
            seniority[i] += other.seniority[i];
        }
        for (int i = 0; i < workMode.length; i++) {
            workMode[i] += other.workMode[i];
        }
        addAll(countries, other.countries);
        unknownCountry += other.unknownCountry;
        employers.addAll(other.employers);
        salaries.merge(other.salaries);
        timeline.merge(other.timeline);
        for (int i = 0; i < levelSalaries.length; i++) {
            levelSalaries[i].merge(other.levelSalaries[i]);
        }
        other.localSalaries.forEach((key, v) -> localSalaries.computeIfAbsent(key, k -> new ValueCounts()).merge(v));
    }

    /**
     * The state in binary, for shipping between workers: about 16 bytes per distinct skill,
     * country and employer (plus the name) and per distinct salary, overall and per skill;
     * nothing per posting; then the {@link Timeline}, about 30 bytes per day with postings.
     */
    public void writeTo(DataOutput out) throws IOException {
        Wire.writeString(out, role);
        out.writeLong(postings);
        out.writeInt(skills.size());
        for (Map.Entry<String, Tally> e : skills.entrySet()) {
            Wire.writeString(out, e.getKey());
            out.writeLong(e.getValue().postings);
        }
        Wire.writeLongs(out, seniority);
        Wire.writeLongs(out, workMode);
        Wire.writeCounts(out, countries);
        out.writeLong(unknownCountry);
        employers.writeTo(out);
        salaries.writeTo(out);
        out.writeInt((int) skills.values().stream().filter(t -> t.salaries != null).count());
        for (Map.Entry<String, Tally> e : skills.entrySet()) {
            if (e.getValue().salaries != null) {
                Wire.writeString(out, e.getKey());
                e.getValue().salaries.writeTo(out);
            }
        }
        timeline.writeTo(out);
        for (ValueCounts level : levelSalaries) {
            level.writeTo(out);
        }
        out.writeInt(localSalaries.size());
        for (Map.Entry<String, ValueCounts> e : localSalaries.entrySet()) {
            Wire.writeString(out, e.getKey());
            e.getValue().writeTo(out);
        }
    }

    public static RoleAggregate readFrom(DataInput in) throws IOException {
        RoleAggregate agg = new RoleAggregate(Wire.readString(in));
        agg.postings = in.readLong();
        int skillCount = in.readInt();
        for (int i = 0; i < skillCount; i++) {
            agg.skills.computeIfAbsent(Wire.readString(in), k -> new Tally()).postings += in.readLong();
        }
        Wire.readLongs(in, agg.seniority);
        Wire.readLongs(in, agg.workMode);
        Wire.readCounts(in, agg.countries);
        agg.unknownCountry = in.readLong();
        agg.employers.readFrom(in);
        agg.salaries.merge(ValueCounts.readFrom(in));
        int n = in.readInt();
        for (int i = 0; i < n; i++) {
            agg.skills.computeIfAbsent(Wire.readString(in), k -> new Tally()).salaries().merge(ValueCounts.readFrom(in));
        }
        agg.timeline.readInto(in);
        for (ValueCounts level : agg.levelSalaries) {
            level.merge(ValueCounts.readFrom(in));
        }
        int local = in.readInt();
        for (int i = 0; i < local; i++) {
            agg.localSalaries.computeIfAbsent(Wire.readString(in), k -> new ValueCounts()).merge(ValueCounts.readFrom(in));
        }
        return agg;
    }

    private static ValueCounts[] newLevelSalaries() {
        ValueCounts[] levels = new ValueCounts[Seniority.values().length];
        for (int i = 0; i < levels.length; i++) {
            levels[i] = new ValueCounts();
        }
        return levels;
    }

    /** Postings per posted month ("yyyy-mm"), in month order; months without postings are absent. */
    public java.util.SortedMap<String, Long> postingsByMonth() {
        return timeline.byMonth();
    }

    /** Postings with no (readable) posted date. */
    public long undated() {
        return timeline.undated();
    }

    /** The US base salaries of the role's postings at {@code level}, ascending. */
    public double[] salaries(Seniority level) {
        return levelSalaries[level.ordinal()].sorted();
    }

    private static void addAll(Map<String, long[]> into, Map<String, long[]> from) {
        from.forEach((key, c) -> into.computeIfAbsent(key, k -> new long[1])[0] += c[0]);
    }

    public RoleProfile result(Parameters params) {
        List<Share> ranked = rankedSkills();
        List<Share> top = List.copyOf(ranked.subList(0, Math.min(params.top(), ranked.size())));
        double[] sorted = salaries.sorted();
        Double median = sorted.length == 0 ? null : OrderStatistics.median(sorted);
        SalarySummary salary = new SalarySummary(sorted.length, median,
                sorted.length == 0 ? null : OrderStatistics.medianInterval(sorted),
                postings == 0 ? 0.0 : (double) sorted.length / postings, OrderStatistics.distribution(sorted));
        List<Share> seniorityShares = buckets(SENIORITY_KEYS, seniority);
        List<Share> workModeShares = buckets(WORK_MODE_KEYS, workMode);
        return new RoleProfile(
                role,
                null,
                postings,
                top.isEmpty() ? null : top.get(0),
                seniorityShares.get(0).share(),
                workModeShares.get(0).share(),
                salary,
                top,
                skills.size(),
                median == null ? List.of() : skillSalaries(median, params.minN()),
                seniorityShares,
                workModeShares,
                topCountries(params.topK()),
                Share.of("unknown", unknownCountry, postings),
                TopEmployers.of(employers, params.topK(), postings),
                salaryBySeniority(),
                salaryByCountry(params.topK()),
                Share.of("US", countries.getOrDefault("US", new long[1])[0], postings));
    }

    /** Pay by country outside the US in the stated currency: n descending, then country, then currency. */
    private List<LocalSalary> salaryByCountry(int k) {
        List<LocalSalary> out = new ArrayList<>(localSalaries.size());
        localSalaries.forEach((key, values) -> {
            double[] sorted = values.sorted();
            out.add(new LocalSalary(key.substring(0, key.indexOf(' ')), key.substring(key.indexOf(' ') + 1),
                    sorted.length, OrderStatistics.median(sorted), sorted.length < SMALL_SAMPLE));
        });
        out.sort(Comparator.comparingLong(LocalSalary::n).reversed().thenComparing(LocalSalary::country)
                .thenComparing(LocalSalary::currency));
        return List.copyOf(out.subList(0, Math.min(k, out.size())));
    }

    /** Pay by seniority: every level, in order, with its n (METRICS.md section 10). */
    private List<LevelSalary> salaryBySeniority() {
        List<LevelSalary> out = new ArrayList<>(levelSalaries.length);
        for (Seniority level : Seniority.values()) {
            double[] values = levelSalaries[level.ordinal()].sorted();
            out.add(new LevelSalary(level.key(), values.length,
                    values.length == 0 ? null : OrderStatistics.median(values), values.length < SMALL_SAMPLE));
        }
        return List.copyOf(out);
    }

    /** All of the role's skills: count descending, then name (docs/METRICS.md section 3). */
    public List<Share> rankedSkills() {
        List<Share> all = new ArrayList<>(skills.size());
        skills.forEach((skill, t) -> all.add(Share.of(skill, t.postings, postings)));
        all.sort(Comparator.comparingLong(Share::count).reversed().thenComparing(Share::key, Names.ORDER));
        return all;
    }

    private List<SkillSalary> skillSalaries(double baseline, int minN) {
        List<SkillSalary> out = new ArrayList<>();
        skills.forEach((skill, t) -> {
            ValueCounts values = t.salaries;
            if (values == null || values.size() < minN) {
                return;
            }
            double[] sorted = values.sorted();
            double median = OrderStatistics.median(sorted);
            Interval interval = OrderStatistics.medianInterval(sorted);
            double premium = median - baseline;
            out.add(new SkillSalary(skill, sorted.length, median, premium, premium / baseline, interval,
                    sorted.length < SMALL_SAMPLE, interval != null && interval.excludes(baseline)));
        });
        out.sort(Comparator.comparingDouble(SkillSalary::median).reversed()
                .thenComparing(Comparator.comparingLong(SkillSalary::n).reversed())
                .thenComparing(SkillSalary::skill, Names.ORDER));
        return List.copyOf(out);
    }

    private List<Share> buckets(String[] keys, long[] counts) {
        List<Share> out = new ArrayList<>(keys.length);
        for (int i = 0; i < keys.length; i++) {
            out.add(Share.of(keys[i], counts[i], postings));
        }
        return List.copyOf(out);
    }

    private List<Share> topCountries(int k) {
        return countries.entrySet().stream()
                .map(e -> Share.of(e.getKey(), e.getValue()[0], postings))
                .sorted(Comparator.comparingLong(Share::count).reversed().thenComparing(Share::key))
                .limit(k)
                .toList();
    }
}
