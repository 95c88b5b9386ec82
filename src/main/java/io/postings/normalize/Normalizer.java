package io.postings.normalize;

import io.postings.input.ProblemKind;
import io.postings.input.RawRecord;
import java.util.List;
import java.util.Set;

/** Turns one raw record into a {@link Posting} (docs/METRICS.md sections 1-4). Stateless per record. */
public final class Normalizer {
    private final ColumnMap columns;
    private final RoleTaxonomy roles;
    private final SkillTaxonomy skills;
    private final SkillJoin skillJoin;
    private final SalaryRules salaryRules;
    private final Places places;
    private final Seniorities seniorities;
    private final SkillNames skillNames;

    public Normalizer(ColumnMap columns, RoleTaxonomy roles, SkillTaxonomy skills, SalaryRules salaryRules) {
        this(columns, roles, skills, salaryRules, SkillJoin.NONE);
    }

    /** As above, with a long table of skills joined by posting id ({@code --skills-file}). */
    public Normalizer(ColumnMap columns, RoleTaxonomy roles, SkillTaxonomy skills, SalaryRules salaryRules,
            SkillJoin skillJoin) {
        this(columns, roles, skills, salaryRules, skillJoin, new Places(), new Seniorities(), new SkillNames(skills));
    }

    private Normalizer(ColumnMap columns, RoleTaxonomy roles, SkillTaxonomy skills, SalaryRules salaryRules,
            SkillJoin skillJoin, Places places, Seniorities seniorities, SkillNames skillNames) {
        this.skillJoin = skillJoin;
        this.columns = columns;
        this.roles = roles;
        this.skills = skills;
        this.salaryRules = salaryRules;
        this.places = places;
        this.seniorities = seniorities;
        this.skillNames = skillNames;
    }

    /**
     * A normalizer for another thread: the same taxonomies, rules, places, levels and joined
     * skills (read-only once built; their memos are concurrent maps and their scratch space is
     * per thread), with a column map of its own, which learns each record layout it meets. It
     * normalizes every record exactly as this one does.
     */
    public Normalizer sibling() {
        return new Normalizer(columns.sibling(), roles, skills, salaryRules, skillJoin, places, seniorities, skillNames);
    }

    public RoleTaxonomy roles() {
        return roles;
    }

    public ColumnMap columns() {
        return columns;
    }

    public Posting normalize(RawRecord r, NormalizeListener listener) {
        String id = columns.value(r, Field.ID);
        String title = columns.value(r, Field.TITLE);
        String roleValue = columns.value(r, Field.ROLE);
        String role = roleValue != null ? roles.ofRoleValue(roleValue) : roles.ofTitle(title);
        if (role == null) {
            listener.problem(ProblemKind.UNKNOWN_ROLE, r.where(), roleValue != null ? roleValue : title != null ? title : "(no title)");
            listener.unmatchedTitle(roles.titleKey(roleValue != null ? roleValue : title));
        }
        for (ColumnHints.Hint hint : columns.hints(r)) {
            if (!hint.ifNoRole() || role == null) {
                listener.problem(hint.kind(), r.where(), hint.detail());
            }
        }
        String location = columns.value(r, Field.LOCATION);
        String country = country(r, location, listener);
        WorkMode workMode = WorkModes.resolve(columns.value(r, Field.WORK_MODE, WorkModes::isWorkMode), columns.value(r, Field.REMOTE),
                location, title);
        String seniorityValue = columns.value(r, Field.SENIORITY);
        Seniority seniority = seniorityValue != null ? seniorities.ofValue(seniorityValue) : null;
        if (seniority == null) {
            seniority = seniorities.ofTitle(title);
        }
        SalaryRules.Outcome salary = salary(r, country, listener);
        String postedCell = columns.value(r, Field.POSTED_AT);
        String posted = PostedDates.of(postedCell);
        if (posted == null && postedCell != null) {
            listener.problem(ProblemKind.UNPARSEABLE_DATE, r.where(), postedCell);
        }
        return new Posting(
                id != null ? id : r.where(),
                title,
                role,
                columns.value(r, Field.COMPANY),
                country,
                workMode,
                seniority,
                salary.status(),
                salary.annual(),
                skills(r, listener),
                location,
                posted,
                salary.source(),
                salary.localCurrency(),
                salary.localAnnual(),
                salary.stated());
    }

    private String country(RawRecord r, String location, NormalizeListener listener) {
        String value = columns.value(r, Field.COUNTRY);
        String country = places.countryOf(value);
        if (country == null) {
            country = places.countryOfLocation(location);
        }
        if (country == null && (value != null || location != null)) {
            listener.problem(ProblemKind.UNKNOWN_COUNTRY, r.where(), value != null ? value : location);
        }
        return country;
    }

    /**
     * Figures from the min/max columns when they can be read and are positive, else from the
     * salary text. The text, when present, still says whether the source estimated the pay, and
     * fills in the currency and period the columns do not state.
     */
    private SalaryRules.Outcome salary(RawRecord r, String country, NormalizeListener listener) {
        String minCell = columns.value(r, Field.SALARY_MIN);
        String maxCell = columns.value(r, Field.SALARY_MAX);
        String text = columns.value(r, Field.SALARY);
        String currency = columns.value(r, Field.SALARY_CURRENCY);
        String periodCell = columns.value(r, Field.SALARY_PERIOD);
        SalaryRules.Outcome outcome = salary(r, minCell, maxCell, text, currency, periodCell, country, listener);
        return switch (outcome.status()) {
            case NONE, VALID -> outcome;
            case UNPARSEABLE -> outcome.stating(text != null ? text : minCell + " - " + maxCell);
            default -> outcome.stating(SalaryText.stated(minCell, maxCell, text, currency, periodCell));
        };
    }

    private SalaryRules.Outcome salary(RawRecord r, String minCell, String maxCell, String text, String currency,
            String periodCell, String country, NormalizeListener listener) {
        PayPeriod period = PayPeriod.of(periodCell);
        boolean estimated = Boolean.TRUE.equals(WorkModes.flag(columns.value(r, Field.SALARY_ESTIMATED)));
        Double low = SalaryText.figure(minCell);
        Double high = SalaryText.figure(maxCell);
        boolean badCell = (low == null && minCell != null) || (high == null && maxCell != null);
        if (badCell) {
            listener.problem(ProblemKind.UNPARSEABLE_SALARY, r.where(), minCell + " - " + maxCell);
        }
        SalarySource source = SalarySource.COLUMN;
        // Zero means none (RemoteOK writes 0), so the text gets its turn; a negative figure is
        // stated pay that cannot be (out_of_range), never read as positive.
        low = low != null && low != 0 ? low : null;
        high = high != null && high != 0 ? high : null;
        SalaryText.Parsed parsed = text != null ? SalaryText.parse(text) : null;
        if (parsed != null) {
            estimated |= parsed.estimated();
        }
        if (low == null && high == null) {
            if (parsed != null && parsed.hasFigure()) {
                low = parsed.low();
                high = parsed.high();
                source = SalarySource.TEXT;
            } else if (parsed != null) {
                listener.problem(ProblemKind.UNPARSEABLE_SALARY, r.where(), text);
                return SalaryRules.Outcome.of(SalaryStatus.UNPARSEABLE).from(SalarySource.TEXT);
            } else {
                return badCell ? SalaryRules.Outcome.of(SalaryStatus.UNPARSEABLE).from(source) : SalaryRules.Outcome.NONE;
            }
        }
        if (parsed != null) {
            currency = currency != null ? currency : parsed.currency();
            period = period != null ? period : parsed.period();
        }
        return salaryRules.apply(low, high, currency, period, estimated, country)
                .from(estimated ? SalarySource.ESTIMATED : source);
    }

    /**
     * The posting's skills column, else its rows in the {@code --skills-file} table, each raw
     * name mapped through the taxonomy; else the taxonomy skills its description mentions
     * (docs/METRICS.md section 3: raw names are never invented from text).
     */
    private Set<String> skills(RawRecord r, NormalizeListener listener) {
        String cell = columns.value(r, Field.SKILLS);
        if (cell != null) {
            // A delimited cell is read in place; a bracketed list name by name.
            NamedSkills out = new NamedSkills(r, listener);
            if (!skillNames.read(cell, out)) {
                for (String raw : SkillList.parse(cell)) {
                    out.name(raw, skills.canonical(raw));
                }
            }
            if (out.done()) {
                return out;
            }
        } else {
            List<String> raws = skillJoin.of(r, columns);
            if (!raws.isEmpty()) {
                NamedSkills out = new NamedSkills(r, listener);
                for (String raw : raws) {
                    out.name(raw, skills.canonical(raw));
                }
                if (out.done()) {
                    return out;
                }
            }
        }
        String description = columns.value(r, Field.DESCRIPTION);
        return description == null ? Set.of() : skills.extractor().extract(description);
    }

    /** The skill a raw name counts as: its canonical skill, else itself case-folded (told as unmapped). */
    static String mapped(String raw, String canonical, RawRecord r, NormalizeListener listener) {
        if (canonical != null) {
            return canonical;
        }
        String folded = Text.fold(raw);
        listener.unmappedSkill(folded);
        // Also as a problem, for where it was: counted once per posting, with the first examples.
        listener.problem(ProblemKind.UNMAPPED_SKILL, r.where(), raw);
        return folded;
    }
}
