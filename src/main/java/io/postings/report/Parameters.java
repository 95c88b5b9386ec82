package io.postings.report;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.Collections;
import java.util.Map;
import java.util.TreeMap;

/**
 * The parameters a report was computed with, recorded so that it can be recomputed
 * ({@code postings check}).
 *
 * @param minPostings fewest postings a role needs to take part in the overlap ranking and the matrix
 * @param map         --map overrides, field to column (empty when none)
 * @param rolesFile   --roles as given ({@code +FILE} extends), null for the built-in taxonomy
 * @param skillsFile  --skills as given, null for the built-in taxonomy
 * @param skillTableFile --skills-file: a separate (posting id, skill) table joined by id, null when none
 * @param quote       --quote as given (a character or {@code none}); left out of the JSON when not given
 * @param join        --join as given (fields, comma-separated); left out of the JSON when not given
 */
public record Parameters(
        int top,
        int minN,
        int topK,
        int hoursPerYear,
        boolean includeEstimated,
        String dedupe,
        int minPostings,
        Map<String, String> map,
        String rolesFile,
        String skillsFile,
        String skillTableFile,
        @JsonInclude(JsonInclude.Include.NON_NULL) String quote,
        @JsonInclude(JsonInclude.Include.NON_NULL) String join) {

    /** The defaults of every command and of the Beam pipeline (docs/METRICS.md), in one place. */
    public static final int DEFAULT_TOP = 30;
    public static final int DEFAULT_MIN_N = 25;
    public static final int DEFAULT_TOP_K = 10;
    public static final int DEFAULT_HOURS_PER_YEAR = 2080;
    public static final int DEFAULT_MIN_POSTINGS = 100;
    /** Fewer valid salaries than this make a small sample (docs/METRICS.md): shown, read as directional. */
    public static final int SMALL_SAMPLE = 50;
    /** The valid range of an annual salary in USD (docs/METRICS.md section 4): fixed, stated in every report. */
    public static final double MIN_ANNUAL_SALARY = 10_000;
    public static final double MAX_ANNUAL_SALARY = 1_000_000;

    /**
     * What a command shows, as its options set it: the top-skill set, the fewest salaries for a
     * skill's salary line, how many countries and employers, the fewest postings of a role in a ranking.
     */
    public record Limits(int top, int minN, int topK, int minPostings) implements java.io.Serializable {
        public static final Limits DEFAULTS = new Limits(DEFAULT_TOP, DEFAULT_MIN_N, DEFAULT_TOP_K, DEFAULT_MIN_POSTINGS);

        /** True when every limit is at least 1. */
        public boolean valid() {
            return top >= 1 && minN >= 1 && topK >= 1 && minPostings >= 1;
        }
    }

    public Parameters {
        map = map == null ? Map.of() : Collections.unmodifiableMap(new TreeMap<>(map));
    }

    /** The parameters before --quote and --join were recorded. */
    public Parameters(int top, int minN, int topK, int hoursPerYear, boolean includeEstimated, String dedupe,
            int minPostings, Map<String, String> map, String rolesFile, String skillsFile, String skillTableFile) {
        this(top, minN, topK, hoursPerYear, includeEstimated, dedupe, minPostings, map, rolesFile, skillsFile,
                skillTableFile, null, null);
    }

    public Limits limits() {
        return new Limits(top, minN, topK, minPostings);
    }

    /** The parameters of the first schema version: default min postings, no overrides, built-in taxonomies. */
    public Parameters(int top, int minN, int topK, int hoursPerYear, boolean includeEstimated, String dedupe) {
        this(top, minN, topK, hoursPerYear, includeEstimated, dedupe, DEFAULT_MIN_POSTINGS, Map.of(), null, null, null);
    }
}
