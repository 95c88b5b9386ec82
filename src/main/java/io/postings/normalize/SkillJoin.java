package io.postings.normalize;

import io.postings.input.InputException;
import io.postings.input.InputOpener;
import io.postings.input.RawRecord;
import io.postings.input.RecordReader;
import io.postings.input.RejectListener;
import io.postings.input.Source;
import java.io.IOException;
import java.io.Serializable;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Skills kept apart from the postings, one (posting id, skill) row each, as the Kaggle LinkedIn
 * 2023-24 dump's {@code job_skills.csv} ({@code job_id,skill_abr}): {@code --skills-file FILE},
 * joined to the postings by id. A posting takes these skills when its own skills cell is empty.
 *
 * <p>The table is read once, before the postings, and held in memory: one entry per posting id
 * with its distinct raw skill names (each name stored once however often it repeats), so memory
 * grows with the size of the skills file, not with the postings read. Serializable, so that a
 * distributed run reads it where the job is submitted and ships it to the workers.
 */
public final class SkillJoin implements Serializable {
    private static final long serialVersionUID = 1L;

    /** No table: every lookup finds nothing. */
    public static final SkillJoin NONE = new SkillJoin(Map.of(), 0, List.of(Field.ID));

    /** Skill columns tried before the skills aliases of {@code columns.txt}: Kaggle's code and name columns. */
    private static final String[] SKILL_COLUMNS = {"skill_abr", "skill_name"};

    private final Map<String, String[]> byId;
    private final long rows;
    /** The fields a row and a posting are joined by: the posting id, or a composite such as title and company. */
    private final List<Field> key;

    private SkillJoin(Map<String, String[]> byId, long rows, List<Field> key) {
        this.byId = byId;
        this.rows = rows;
        this.key = key;
    }

    /**
     * Reads a long table (CSV, JSON or JSON Lines, gzipped or not). The posting id comes from
     * the first id column of {@code columns.txt} present ({@code id}, {@code job_id}, ...), the
     * skill from {@code skill_abr}, {@code skill_name} or a skills column; a skills cell holding
     * a list (Python-style or delimited) adds each of its names. Rows without an id or a skill
     * are skipped.
     *
     * @throws InputException when the file cannot be read or has no id or no skill column
     */
    public static SkillJoin load(InputOpener opener, Source source) throws IOException {
        return load(opener, source, List.of(Field.ID));
    }

    /**
     * As above, joined by {@code key} ({@code --join title,company}): for a table with no id
     * column, each row's title and company (found as the postings' are, through the column
     * aliases) against each posting's, compared without case or extra spaces.
     */
    public static SkillJoin load(InputOpener opener, Source source, List<Field> key) throws IOException {
        ColumnMap columns = new ColumnMap(Map.of());
        Map<String, String[]> byId = new HashMap<>();
        Map<String, String> names = new HashMap<>();
        long rows = 0;
        try (RecordReader reader = opener.open(source, RejectListener.IGNORE)) {
            RawRecord r;
            boolean checked = false;
            while ((r = reader.next()) != null) {
                if (!checked) {
                    check(r, columns, source.name(), key);
                    checked = true;
                }
                RawRecord row = r;
                String id = keyOf(key, f -> columns.value(row, f));
                String cell = skillCell(r, columns);
                if (id == null || cell == null) {
                    continue;
                }
                rows++;
                for (String raw : SkillList.parse(cell)) {
                    add(byId, id, names.computeIfAbsent(raw, k -> k));
                }
            }
        }
        return new SkillJoin(byId, rows, key);
    }

    /** The join key of a row or posting: its id as it is, or the composite's values folded and joined; null when one is missing. */
    private static String keyOf(List<Field> key, java.util.function.Function<Field, String> value) {
        if (key.equals(List.of(Field.ID))) {
            String id = value.apply(Field.ID);
            return id == null ? null : id.strip();
        }
        StringBuilder out = new StringBuilder();
        for (Field f : key) {
            String v = value.apply(f);
            if (v == null) {
                return null;
            }
            out.append(Text.fold(v)).append('\u0001');
        }
        return out.toString();
    }

    private static void check(RawRecord first, ColumnMap columns, String name, List<Field> key) throws InputException {
        for (Field f : key) {
            if (columns.column(first, f) == null) {
                throw new InputException(name + ": --skills-file needs " + (f == Field.ID
                        ? "a posting id column (job_id, id, ...)" : "a " + f.key() + " column to join by (--join)"));
            }
        }
        for (String column : SKILL_COLUMNS) {
            if (first.values().containsKey(column)) {
                return;
            }
        }
        if (columns.column(first, Field.SKILLS) == null) {
            throw new InputException(name + ": --skills-file needs a skill column (skill_abr, skill_name, skill, skills, ...)");
        }
    }

    private static String skillCell(RawRecord r, ColumnMap columns) {
        for (String column : SKILL_COLUMNS) {
            String v = r.get(column);
            if (!Text.isMissing(v)) {
                return v.strip();
            }
        }
        return columns.value(r, Field.SKILLS);
    }

    private static void add(Map<String, String[]> byId, String id, String skill) {
        String[] have = byId.get(id);
        if (have == null) {
            byId.put(id, new String[] {skill});
        } else if (!Arrays.asList(have).contains(skill)) {
            String[] more = Arrays.copyOf(have, have.length + 1);
            more[have.length] = skill;
            byId.put(id, more);
        }
    }

    /** The raw skill names joined to a posting id, in file order; empty when it has none. */
    public List<String> of(String id) {
        String[] found = id == null ? null : byId.get(id.strip());
        return found == null ? List.of() : Arrays.asList(found);
    }

    /** The raw skill names joined to a posting record by this table's key, in file order; empty when none. */
    public List<String> of(RawRecord posting, ColumnMap columns) {
        if (byId.isEmpty()) {
            return List.of();
        }
        String k = keyOf(key, f -> columns.value(posting, f));
        String[] found = k == null ? null : byId.get(k);
        return found == null ? List.of() : Arrays.asList(found);
    }

    /** Distinct posting ids in the table. */
    public int postings() {
        return byId.size();
    }

    /** Rows that gave an id and a skill. */
    public long rows() {
        return rows;
    }
}
