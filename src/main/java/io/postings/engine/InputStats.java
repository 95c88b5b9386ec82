package io.postings.engine;

import io.postings.input.RejectListener;
import io.postings.normalize.NormalizeListener;
import io.postings.normalize.SalaryStatus;
import io.postings.report.Example;
import io.postings.report.InputSummary;
import io.postings.report.Problem;
import io.postings.report.Share;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * How the input was accounted for (rows read = postings + duplicates + rejected), the
 * salary outcomes, and every problem by kind with its first examples. Mergeable: merging
 * the stats of consecutive parts keeps the first examples in input order.
 */
public final class InputStats implements RejectListener, NormalizeListener {
    public static final int EXAMPLES = 5;
    private static final String[] EXCLUDED = {"out_of_range", "estimated", "not_us", "not_usd", "unparseable"};

    private long rowsRead;
    private long postings;
    private long duplicates;
    private long rejected;
    private long withoutRole;
    private final long[] salary = new long[SalaryStatus.values().length];
    private final Map<String, ProblemState> problems = new LinkedHashMap<>();
    private final Map<String, long[]> unmappedSkills = new HashMap<>();

    private static final class ProblemState {
        long count;
        final List<Example> examples = new ArrayList<>(EXAMPLES);
    }

    /** A record came out of a reader. */
    public void rowRead() {
        rowsRead++;
    }

    public void posting(boolean hasRole, SalaryStatus status) {
        postings++;
        if (!hasRole) {
            withoutRole++;
        }
        salary[status.ordinal()]++;
    }

    public void duplicate(String where, String id) {
        duplicates++;
        problem("duplicate_id", where, id);
    }

    @Override
    public void rejected(String source, long line, String kind, String raw) {
        rowsRead++;
        rejected++;
        problem("rejected_" + kind, source + ":" + line, raw.length() > 200 ? raw.substring(0, 200) + "…" : raw);
    }

    @Override
    public void problem(String kind, String where, String detail) {
        ProblemState state = problems.computeIfAbsent(kind, k -> new ProblemState());
        state.count++;
        if (state.examples.size() < EXAMPLES) {
            state.examples.add(new Example(where, detail));
        }
    }

    @Override
    public void unmappedSkill(String name) {
        unmappedSkills.computeIfAbsent(name, k -> new long[1])[0]++;
    }

    public long rowsRead() {
        return rowsRead;
    }

    public void merge(InputStats other) {
        rowsRead += other.rowsRead;
        postings += other.postings;
        duplicates += other.duplicates;
        rejected += other.rejected;
        withoutRole += other.withoutRole;
        for (int i = 0; i < salary.length; i++) {
            salary[i] += other.salary[i];
        }
        other.problems.forEach((kind, theirs) -> {
            ProblemState mine = problems.computeIfAbsent(kind, k -> new ProblemState());
            mine.count += theirs.count;
            for (Example e : theirs.examples) {
                if (mine.examples.size() < EXAMPLES) {
                    mine.examples.add(e);
                }
            }
        });
        other.unmappedSkills.forEach((name, c) -> unmappedSkills.computeIfAbsent(name, k -> new long[1])[0] += c[0]);
    }

    public InputSummary result(List<String> files, int topUnmapped) {
        long stated = postings - salary[SalaryStatus.NONE.ordinal()];
        List<Share> excluded = new ArrayList<>();
        for (String key : EXCLUDED) {
            excluded.add(Share.of(key, salary[SalaryStatus.valueOf(key.toUpperCase(java.util.Locale.ROOT)).ordinal()], stated));
        }
        List<Problem> problemList = problems.entrySet().stream()
                .sorted(Map.Entry.comparingByKey())
                .map(e -> new Problem(e.getKey(), e.getValue().count, List.copyOf(e.getValue().examples)))
                .toList();
        List<Share> unmapped = unmappedSkills.entrySet().stream()
                .map(e -> Share.of(e.getKey(), e.getValue()[0], postings))
                .sorted(Comparator.comparingLong(Share::count).reversed().thenComparing(Share::key, Names.ORDER))
                .limit(topUnmapped)
                .toList();
        return new InputSummary(List.copyOf(files), rowsRead, postings, duplicates, rejected, withoutRole, stated,
                salary[SalaryStatus.VALID.ordinal()], List.copyOf(excluded), problemList, unmapped);
    }
}
