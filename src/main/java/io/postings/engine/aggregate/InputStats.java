package io.postings.engine.aggregate;

import io.postings.input.ProblemKind;
import io.postings.input.RejectListener;
import io.postings.normalize.NormalizeListener;
import io.postings.normalize.SalaryStatus;
import io.postings.report.DateSpan;
import io.postings.report.InputFile;
import io.postings.report.InputSummary;
import io.postings.report.Problem;
import io.postings.report.Selection;
import io.postings.report.Share;
import java.io.DataInput;
import java.io.DataOutput;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * How the input was accounted for (rows read = postings + duplicates + rejected + filtered out), the
 * salary outcomes, and every problem by kind with its first examples. A problem is counted
 * once per row and kind, so a count is the number of rows that have it. Mergeable in any
 * order: every example carries its position in the input (a clock that starts at the
 * {@linkplain #InputStats(long) origin} and ticks with each problem), and a merge keeps the
 * {@link #EXAMPLES} earliest, so parts read apart (a distributed run gives each file the
 * origin {@code fileIndex << 40}) end with the examples of one pass in input order.
 *
 * <p>With {@link #strict(boolean)}, the first sign of damaged input ({@link ProblemKind#isDamage}: a
 * rejected row, bytes that were not UTF-8, a salary that cannot be read) throws
 * {@link StrictFailure} instead of being counted.
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
    private final ProblemLog problems = new ProblemLog();
    private final Map<String, long[]> unmappedSkills = new HashMap<>();
    private final Map<String, long[]> unmatchedTitles = new HashMap<>();
    /** Each input read, by its index among the inputs. */
    private final Map<Integer, InputFile> sources = new TreeMap<>();
    /** Distinct rows the window or a filter left out, by {@link PostingFilter#REASONS}. */
    private final long[] filtered = new long[PostingFilter.REASONS.length];
    private long withoutDate;
    /** First and last posted date (yyyy-mm-dd) of the postings; null before a dated one. */
    private String firstDate;
    private String lastDate;
    /** What the run selected: a setting of the run, not state, so it is neither merged nor shipped. */
    private Selection selection = Selection.NONE;

    private boolean strict;
    private long clock;

    public InputStats() {
        this(0);
    }

    /** Stats of one part of the input whose problems sit at positions from {@code origin} on. */
    public InputStats(long origin) {
        this.clock = origin;
    }

    /** With {@code true}, damaged input ends the run at its first sign (see {@link ProblemKind#isDamage}). */
    public void strict(boolean strict) {
        this.strict = strict;
    }

    /** Title hints are shown only when most postings got no role: a few role-less titles are the taxonomy's business. */
    private boolean shown(ProblemKind kind) {
        return kind != ProblemKind.UNREAD_TITLE_COLUMNS || withoutRole * 2 > postings;
    }

    /** A record came out of a reader. */
    public void rowRead() {
        rowsRead++;
    }

    /** A posting that was analysed, posted on {@code postedAt} (yyyy-mm-dd, or null). */
    public void posting(boolean hasRole, SalaryStatus status, String postedAt) {
        posting(hasRole, status);
        if (postedAt == null) {
            withoutDate++;
        } else {
            if (firstDate == null || postedAt.compareTo(firstDate) < 0) {
                firstDate = postedAt;
            }
            if (lastDate == null || postedAt.compareTo(lastDate) > 0) {
                lastDate = postedAt;
            }
        }
    }

    /** A distinct row the window or a filter left out, for the reason at {@code reason} of {@link PostingFilter#REASONS}. */
    public void filteredOut(int reason) {
        filtered[reason]++;
    }

    /** The window and filters the run applied, for the summary. */
    public void selection(Selection selection) {
        this.selection = selection;
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
        problem(ProblemKind.DUPLICATE_ID, where, id);
    }

    @Override
    public void rejected(String source, long line, ProblemKind reason, String raw) {
        rowsRead++;
        rejected++;
        problem(reason.rejected(), source + ":" + line, raw.length() > 200 ? raw.substring(0, 200) + "…" : raw);
    }

    @Override
    public void damaged(String source, long line, ProblemKind kind, String detail) {
        problem(kind, source + ":" + line, detail.length() > 200 ? detail.substring(0, 200) + "…" : detail);
    }

    @Override
    public void problem(ProblemKind kind, String where, String detail) {
        if (strict && kind.isDamage()) {
            throw new StrictFailure(kind, where, detail);
        }
        if (problems.countOnce(kind, rowsRead, where, detail, clock)) {
            clock++;
        }
    }

    /** Reserves the next position, for a row whose problems are counted later ({@link #problemAt}). */
    public long tick() {
        return clock++;
    }

    /**
     * A problem of a row seen elsewhere, at the position {@link #tick} gave it there: counted as
     * it is, since that row's reports were already made once per kind.
     */
    public void problemAt(long position, ProblemKind kind, String where, String detail) {
        if (strict && kind.isDamage()) {
            throw new StrictFailure(kind, where, detail);
        }
        problems.countAt(position, kind, where, detail);
    }

    /**
     * Duplicates found elsewhere whose examples cannot be among the first (a distributed de-dup
     * keeps only an id's earliest few): counted without examples.
     */
    public void duplicatesWithoutExamples(long n) {
        if (n == 0) {
            return;
        }
        duplicates += n;
        problems.countWithoutExamples(ProblemKind.DUPLICATE_ID, n);
    }

    /** A duplicate found elsewhere (a distributed de-dup), at the position its row had. */
    public void duplicateAt(long position, String where, String id) {
        duplicates++;
        problemAt(position, ProblemKind.DUPLICATE_ID, where, id);
    }

    /**
     * A record the pipeline read that is a notice of the source, not a posting (RemoteOK's
     * legal element): counted among the rejected rows, as problem {@code skipped_notice} (not
     * damage, so --strict lets it pass); the row was already counted as read.
     */
    public void notice(String where, String raw) {
        rejected++;
        problem(ProblemKind.SKIPPED_NOTICE, where, raw.length() > 200 ? raw.substring(0, 200) + "…" : raw);
    }

    @Override
    public void unmappedSkill(String name) {
        unmappedSkills.computeIfAbsent(name, k -> new long[1])[0]++;
    }

    /**
     * Distinct unmatched-title keys kept before the ones seen once are dropped, so that a
     * dump of millions of one-off titles cannot exhaust memory. Below the cap every count is
     * exact; above it a listed count can be short by the times it was seen before a drop.
     */
    static final int MAX_UNMATCHED_TITLES = 200_000;

    @Override
    public void unmatchedTitle(String key) {
        if (unmatchedTitles.size() >= MAX_UNMATCHED_TITLES && !unmatchedTitles.containsKey(key)) {
            unmatchedTitles.values().removeIf(c -> c[0] <= 1);
        }
        unmatchedTitles.computeIfAbsent(key, k -> new long[1])[0]++;
    }

    public long rowsRead() {
        return rowsRead;
    }

    /** The input at {@code index} (0-based, in reading order) was read whole: its size, checksum and rows. */
    public void source(int index, InputFile file) {
        sources.put(index, file);
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
        for (int i = 0; i < filtered.length; i++) {
            filtered[i] += other.filtered[i];
        }
        withoutDate += other.withoutDate;
        if (other.firstDate != null && (firstDate == null || other.firstDate.compareTo(firstDate) < 0)) {
            firstDate = other.firstDate;
        }
        if (other.lastDate != null && (lastDate == null || other.lastDate.compareTo(lastDate) > 0)) {
            lastDate = other.lastDate;
        }
        problems.merge(other.problems);
        clock = Math.max(clock, other.clock);
        other.unmappedSkills.forEach((name, c) -> unmappedSkills.computeIfAbsent(name, k -> new long[1])[0] += c[0]);
        other.unmatchedTitles.forEach((key, c) -> unmatchedTitles.computeIfAbsent(key, k -> new long[1])[0] += c[0]);
        sources.putAll(other.sources);
    }

    /** The state in binary, for shipping between workers (the per-row check does not travel: a decoded part is merged, not read into). */
    public void writeTo(DataOutput out) throws IOException {
        out.writeLong(clock);
        Wire.writeLongs(out, new long[] {rowsRead, postings, duplicates, rejected, withoutRole});
        Wire.writeLongs(out, salary);
        problems.writeTo(out);
        Wire.writeCounts(out, unmappedSkills);
        Wire.writeCounts(out, unmatchedTitles);
        out.writeInt(sources.size());
        for (Map.Entry<Integer, InputFile> e : sources.entrySet()) {
            out.writeInt(e.getKey());
            Wire.writeString(out, e.getValue().file());
            out.writeLong(e.getValue().bytes());
            Wire.writeString(out, e.getValue().sha256());
            out.writeLong(e.getValue().rows());
        }
        Wire.writeLongs(out, filtered);
        out.writeLong(withoutDate);
        Wire.writeString(out, firstDate);
        Wire.writeString(out, lastDate);
    }

    public static InputStats readFrom(DataInput in) throws IOException {
        InputStats stats = new InputStats(in.readLong());
        long[] totals = new long[5];
        Wire.readLongs(in, totals);
        stats.rowsRead = totals[0];
        stats.postings = totals[1];
        stats.duplicates = totals[2];
        stats.rejected = totals[3];
        stats.withoutRole = totals[4];
        Wire.readLongs(in, stats.salary);
        stats.problems.readFrom(in);
        Wire.readCounts(in, stats.unmappedSkills);
        Wire.readCounts(in, stats.unmatchedTitles);
        int files = in.readInt();
        for (int i = 0; i < files; i++) {
            int index = in.readInt();
            stats.sources.put(index, new InputFile(Wire.readString(in), in.readLong(), Wire.readString(in), in.readLong()));
        }
        Wire.readLongs(in, stats.filtered);
        stats.withoutDate = in.readLong();
        stats.firstDate = Wire.readString(in);
        stats.lastDate = Wire.readString(in);
        return stats;
    }

    /** Every row read is a posting, a duplicate, a rejected row or filtered out; a failure here is a bug in the pass. */
    public void checkAccounting() {
        if (rowsRead != postings + duplicates + rejected + filteredOut()) {
            throw new IllegalStateException("rows read " + rowsRead + " != postings " + postings + " + duplicates "
                    + duplicates + " + rejected " + rejected + " + filtered out " + filteredOut());
        }
    }

    private long filteredOut() {
        long n = 0;
        for (long f : filtered) {
            n += f;
        }
        return n;
    }

    /** The first and last posted date of the postings, or null when none has one. */
    public DateSpan dates() {
        return firstDate == null ? null : new DateSpan(firstDate, lastDate);
    }

    public InputSummary result(List<String> files, int topUnmapped) {
        long stated = postings - salary[SalaryStatus.NONE.ordinal()];
        List<Share> excluded = new ArrayList<>();
        for (String key : EXCLUDED) {
            excluded.add(Share.of(key, salary[SalaryStatus.valueOf(key.toUpperCase(java.util.Locale.ROOT)).ordinal()], stated));
        }
        List<Problem> problemList = problems.list(this::shown);
        List<Share> unmapped = top(unmappedSkills, topUnmapped);
        long out = filteredOut();
        List<Share> reasons = new ArrayList<>();
        for (int i = 0; i < filtered.length; i++) {
            reasons.add(Share.of(PostingFilter.REASONS[i], filtered[i], out));
        }
        return new InputSummary(List.copyOf(files), rowsRead, postings, duplicates, rejected, withoutRole, stated,
                salary[SalaryStatus.VALID.ordinal()], List.copyOf(excluded), problemList, unmapped,
                top(unmatchedTitles, topUnmapped), List.copyOf(sources.values()), withoutDate, out, List.copyOf(reasons), dates(), selection);
    }

    /** Unmapped skill names, most frequent first (ties by name), all of them. */
    public List<Share> unmappedSkills(int limit) {
        return top(unmappedSkills, limit);
    }

    /** Unmatched-title keys, most frequent first (ties by name). */
    public List<Share> unmatchedTitles(int limit) {
        return top(unmatchedTitles, limit);
    }

    private List<Share> top(Map<String, long[]> counts, int limit) {
        return counts.entrySet().stream()
                .map(e -> Share.of(e.getKey(), e.getValue()[0], postings))
                .sorted(Comparator.comparingLong(Share::count).reversed().thenComparing(Share::key, Names.ORDER))
                .limit(limit)
                .toList();
    }
}
