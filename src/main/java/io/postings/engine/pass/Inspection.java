package io.postings.engine.pass;

import io.postings.engine.aggregate.InputStats;
import io.postings.engine.aggregate.Names;
import io.postings.input.CsvRecordReader;
import io.postings.input.JsonRecordReader;
import io.postings.input.Opened;
import io.postings.input.RawRecord;
import io.postings.input.RecordReader;
import io.postings.input.Source;
import io.postings.normalize.ColumnHints;
import io.postings.normalize.ColumnSpec;
import io.postings.normalize.ColumnUse;
import io.postings.normalize.ExportFormat;
import io.postings.normalize.Field;
import io.postings.normalize.Posting;
import io.postings.normalize.SalarySource;
import io.postings.normalize.SalaryStatus;
import io.postings.report.FieldFeed;
import io.postings.report.InspectReport;
import io.postings.report.InspectedFile;
import io.postings.report.Share;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * What {@code inspect} learns from the one pass ({@link Pipeline.Observer}): per input, how it
 * was read and which column fed which field; over all inputs, how many postings got each
 * field, where salaries came from and which salary values could not be read.
 */
public final class Inspection implements Pipeline.Observer {
    /** Columns remembered per input; wider JSON is cut (its keys can differ record by record). */
    static final int MAX_COLUMNS = 300;
    /** Distinct unreadable salary values counted; beyond it new ones are not. */
    static final int MAX_FAILURES = 10_000;
    static final List<String> COVERAGE = List.of("title", "role", "company", "location", "country", "work_mode",
            "seniority", "salary_stated", "salary_valid", "skills", "description", "posted_at");

    private final List<FileState> files = new ArrayList<>();
    private final Map<String, FileState> byName = new HashMap<>();
    private final Map<String, long[]> coverage = new HashMap<>();
    private final long[] sources = new long[SalarySource.values().length + 1];
    private final Map<String, long[]> failures = new HashMap<>();
    private long postings;

    private static final class FileState {
        final String name;
        Opened opened;
        String delimiter;
        String quote;
        String recordsAt;
        ExportFormat format;
        long postings;
        final Set<String> columns = new LinkedHashSet<>();
        final Map<Field, Map<String, long[]>> feeds = new EnumMap<>(Field.class);
        /** Column names of the specs that fed something, to tell the unused columns. */
        final Set<String> used = new HashSet<>();
        long withoutRole;
        final Set<String> hints = new LinkedHashSet<>();
        final Set<String> titleHints = new LinkedHashSet<>();

        FileState(String name) {
            this.name = name;
        }
    }

    @Override
    public boolean wantsColumns() {
        return true;
    }

    private FileState file(String name) {
        return byName.computeIfAbsent(name, n -> {
            FileState f = new FileState(n);
            files.add(f);
            return f;
        });
    }

    @Override
    public void opened(Source input, Opened opened) {
        file(input.name()).opened = opened;
    }

    @Override
    public void posting(RawRecord record, Posting posting, ColumnUse columns) {
        FileState file = file(record.source());
        file.postings++;
        postings++;
        for (String name : record.values().keySet()) {
            if (file.columns.size() >= MAX_COLUMNS) {
                break;
            }
            file.columns.add(name);
        }
        if (posting.role() == null) {
            file.withoutRole++;
        }
        for (ColumnHints.Hint hint : columns.hints()) {
            if (!hint.ifNoRole()) {
                file.hints.add(hint.detail());
            } else if (posting.role() == null) {
                file.titleHints.add(hint.detail());
            }
        }
        boolean description = false;
        boolean title = false;
        for (Field field : Field.values()) {
            String spec = columns.feeder(field);
            if (spec == null) {
                continue;
            }
            file.feeds.computeIfAbsent(field, f -> new LinkedHashMap<>()).computeIfAbsent(spec, s -> new long[1])[0]++;
            file.used.add(columnOf(spec));
            description |= field == Field.DESCRIPTION;
            title |= field == Field.TITLE;
        }
        count("title", title);
        count("role", posting.role() != null);
        count("company", posting.company() != null);
        count("location", posting.location() != null);
        count("country", posting.country() != null);
        count("work_mode", posting.workMode() != null);
        count("seniority", posting.seniority() != null);
        count("salary_stated", posting.salaryStatus() != SalaryStatus.NONE);
        count("salary_valid", posting.salaryStatus() == SalaryStatus.VALID);
        count("skills", !posting.skills().isEmpty());
        count("description", description);
        count("posted_at", posting.postedAt() != null);
        SalarySource source = posting.salarySource();
        sources[source == null ? SalarySource.values().length : source.ordinal()]++;
        if (posting.salaryStatus() == SalaryStatus.UNPARSEABLE) {
            String text = posting.salaryStated();
            if (failures.size() < MAX_FAILURES || failures.containsKey(text)) {
                failures.computeIfAbsent(text, k -> new long[1])[0]++;
            }
        }
    }

    /** The column a spec reads ("pay_input_ranges" of "pay_input_ranges[0].min_cents / 100"), or "" for a constant. */
    private static String columnOf(String spec) {
        return spec.startsWith("=") ? "" : ColumnSpec.parse(spec).column();
    }

    private void count(String key, boolean has) {
        if (has) {
            coverage.computeIfAbsent(key, k -> new long[1])[0]++;
        }
    }

    @Override
    public void finished(Source input, RecordReader reader, ExportFormat format) {
        FileState file = file(input.name());
        file.format = format;
        if (reader instanceof CsvRecordReader csv) {
            file.delimiter = String.valueOf(csv.delimiter());
            file.quote = csv.quote() == null ? "none" : String.valueOf(csv.quote());
        } else if (reader instanceof JsonRecordReader json) {
            file.recordsAt = json.recordsAt();
        }
    }

    public InspectReport result(InputStats stats, List<String> names, int top) {
        List<InspectedFile> out = new ArrayList<>();
        for (FileState f : files) {
            List<FieldFeed> feeds = new ArrayList<>();
            for (Field field : Field.values()) {
                Map<String, long[]> fed = f.feeds.getOrDefault(field, Map.of());
                feeds.add(new FieldFeed(field.key(), sorted(fed, f.postings, Integer.MAX_VALUE)));
            }
            List<String> unused = f.columns.stream().filter(c -> !f.used.contains(c)).toList();
            List<String> hints = new ArrayList<>(f.hints);
            if (f.withoutRole * 2 > f.postings) {
                hints.addAll(f.titleHints);
            }
            out.add(new InspectedFile(f.name,
                    f.opened == null ? null : f.opened.format().name().toLowerCase(Locale.ROOT),
                    f.opened != null && f.opened.gzip(),
                    f.opened != null && f.opened.bom(),
                    "UTF-8",
                    f.delimiter,
                    f.quote,
                    f.recordsAt,
                    f.format == null ? null : f.format.key(),
                    f.format == null ? null : f.format.label(),
                    f.postings,
                    List.copyOf(feeds),
                    List.copyOf(f.columns),
                    unused,
                    List.copyOf(hints)));
        }
        List<Share> cover = new ArrayList<>();
        for (String key : COVERAGE) {
            cover.add(Share.of(key, coverage.getOrDefault(key, new long[1])[0], postings));
        }
        List<Share> salarySources = new ArrayList<>();
        for (SalarySource s : SalarySource.values()) {
            salarySources.add(Share.of(s.key(), sources[s.ordinal()], postings));
        }
        salarySources.add(Share.of("none", sources[SalarySource.values().length], postings));
        return new InspectReport(InspectReport.SCHEMA, List.copyOf(out), List.copyOf(cover), List.copyOf(salarySources),
                sorted(failures, postings, top), stats.result(names, top));
    }

    private static List<Share> sorted(Map<String, long[]> counts, long of, int limit) {
        return counts.entrySet().stream()
                .map(e -> Share.of(e.getKey(), e.getValue()[0], of))
                .sorted(Comparator.comparingLong(Share::count).reversed().thenComparing(Share::key, Names.ORDER))
                .limit(limit)
                .toList();
    }
}
