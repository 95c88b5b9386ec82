package io.postings.cli;

import io.postings.engine.analysis.Trends;
import io.postings.render.Charts;
import io.postings.render.TrendChart;
import io.postings.render.ReportAppendix;
import io.postings.render.JsonRenderer;
import io.postings.render.ReportPage;
import io.postings.report.CompareReport;
import io.postings.report.TrendReport;
import java.io.IOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(name = "report",
        description = "Write a publishable comparison into a directory: report.md (the article's structure), "
                + "report.json (every number, exactly: what 'postings check' recomputes) and SVG charts (skills.svg, "
                + "pay.svg, splits.svg, distribution.svg, shared-pay.svg, trend.svg), and appendix.md (every skill salary, "
                + "the input and its problems). Each file is written atomically; the same input and options give the same bytes.",
        footer = {"", "Examples:",
                "  postings report --a \"Backend Developer\" --b \"DevOps Engineer\" --out report/",
                "  postings report --a \"Data Analyst\" --b \"Data Engineer\" dump.csv.gz -o data/",
                "  postings check report/report.json     # in CI: exit 1 when a number drifted"})
final class ReportCommand extends ReadingCommand<ReportCommand.Pages> {
    static final String MARKDOWN = "report.md";
    static final String JSON = "report.json";

    @Mixin
    ComparisonOptions comparison;

    @Option(names = {"-o", "--out"}, required = true, paramLabel = "DIR",
            description = "Directory to write into; created when missing. Existing report files in it are replaced.")
    Path out;

    @Option(names = "--timestamp",
            description = "Print the time of the run (UTC) in the methods section. Off by default, so reruns give identical files.")
    boolean timestamp;

    /** The comparison and its roles' trend: what the files are written from. */
    record Pages(CompareReport report, TrendReport trend) {
    }

    @Override
    void validate() {
        comparison.validate();
        if (comparison.many()) {
            throw new UsageException("report compares two roles: give --a and --b (or two --role); compare takes more");
        }
        if ("-".equals(out.toString())) {
            throw new UsageException("--out must be a directory: report writes several files");
        }
        OutputGuard guard = OutputGuard.of(spec);
        List<String> names = new ArrayList<>(List.of(MARKDOWN, ReportAppendix.FILE));
        names.addAll(Charts.FILES);
        names.add(TrendChart.FILE);
        names.add(JSON);
        for (String name : names) {
            guard.writes("--out", out.resolve(name));
        }
    }

    @Override
    void resolve(RoleNames names) {
        comparison.resolve(names);
    }

    @Override
    Pages build(Read read) throws IOException {
        CompareReport report = comparison.compare(read);
        return new Pages(report, Trends.trend(read.aggregation(), List.of(report.a().role(), report.b().role()),
                Trends.By.MONTH, report.parameters(), report.input().files(), report.taxonomy()));
    }

    @Override
    void write(Pages pages) throws IOException {
        CompareReport report = pages.report();
        TrendReport trend = pages.trend();
        createDirectory(out);
        String generatedAt = timestamp ? Instant.now().truncatedTo(ChronoUnit.SECONDS).toString() : null;
        List<Path> written = new ArrayList<>();
        // All files are written aside and renamed into place together once the command has
        // succeeded; the JSON last, so a CI job that finds report.json finds the files it describes.
        write(out.resolve(MARKDOWN), w -> ReportPage.render(report, trend, generatedAt, w), written);
        write(out.resolve(ReportAppendix.FILE), w -> ReportAppendix.render(report, w), written);
        for (Map.Entry<String, String> chart : Charts.all(report).entrySet()) {
            write(out.resolve(chart.getKey()), w -> w.write(chart.getValue()), written);
        }
        write(out.resolve(TrendChart.FILE), w -> w.write(TrendChart.svg(trend)), written);
        write(out.resolve(JSON), w -> JsonRenderer.write(report, w), written);
        var stdout = spec.commandLine().getOut();
        for (Path path : written) {
            stdout.println(path);
        }
        stdout.flush();
    }

    private void write(Path file, AtomicFile.TextContent content, List<Path> written) throws java.io.IOException {
        PendingFiles.write(spec, "--out", file, content);
        written.add(file);
    }

    private static void createDirectory(Path dir) throws OutputException {
        try {
            Files.createDirectories(dir);
        } catch (FileAlreadyExistsException e) {
            throw new OutputException(dir + ": cannot write (not a directory)", e);
        } catch (IOException e) {
            throw new OutputException(dir + ": cannot create the directory (" + e.getMessage() + ")", e);
        }
    }
}
