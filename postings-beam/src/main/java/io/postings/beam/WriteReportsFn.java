package io.postings.beam;

import io.postings.engine.aggregate.Aggregation;
import io.postings.engine.analysis.Reports;
import io.postings.engine.aggregate.InputStats;
import io.postings.engine.aggregate.RoleAggregate;
import io.postings.render.JsonRenderer;
import io.postings.render.RejectsCsv;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.channels.Channels;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.apache.beam.sdk.io.FileSystems;
import org.apache.beam.sdk.io.fs.MoveOptions;
import org.apache.beam.sdk.io.fs.ResolveOptions.StandardResolveOptions;
import org.apache.beam.sdk.io.fs.ResourceId;
import org.apache.beam.sdk.transforms.DoFn;
import org.apache.beam.sdk.values.PCollectionView;
import org.apache.commons.csv.CSVPrinter;

/**
 * The finalize step, once: the merged accounting and every role's aggregate become the CLI's
 * report records, written with the CLI's JSON renderer as compare.json and profiles.json.
 */
final class WriteReportsFn extends DoFn<InputStats, Void> {
    static final String COMPARE = "compare.json";
    static final String PROFILES = "profiles.json";
    static final String REJECTS = "rejects.csv";

    private final Settings settings;
    private final List<String> files;
    private final PCollectionView<List<RoleAggregate>> roles;
    private final PCollectionView<List<Rejected>> rejected;

    WriteReportsFn(Settings settings, List<String> files, PCollectionView<List<RoleAggregate>> roles,
            PCollectionView<List<Rejected>> rejected) {
        this.settings = settings;
        this.files = List.copyOf(files);
        this.roles = roles;
        this.rejected = rejected;
    }

    /** The files a run writes into its --output directory, as the file system names them. */
    static List<ResourceId> targets(Settings settings) {
        ResourceId dir = FileSystems.matchNewResource(settings.output(), true);
        List<ResourceId> targets = new ArrayList<>(List.of(resolve(dir, COMPARE), resolve(dir, PROFILES)));
        if (settings.rejects()) {
            targets.add(resolve(dir, REJECTS));
        }
        return targets;
    }

    @ProcessElement
    public void process(ProcessContext context) throws IOException {
        Aggregation agg = Aggregation.of(context.element(), context.sideInput(roles), settings.filter());
        agg.stats().checkAccounting();
        var params = settings.parameters();
        var taxonomy = settings.taxonomy();
        ResourceId dir = FileSystems.matchNewResource(settings.output(), true);
        // Both files are written under temporary names and renamed into place together, so a
        // failure leaves no half-written report (and never a new compare.json beside an old profiles.json).
        String tag = ".tmp-" + UUID.randomUUID();
        ResourceId compare = write(dir, COMPARE + tag,
                Reports.compare(agg, settings.roleA(), settings.roleB(), params, files, taxonomy));
        ResourceId profiles = write(dir, PROFILES + tag, Reports.profiles(agg, params, files, taxonomy));
        List<ResourceId> written = new ArrayList<>(List.of(compare, profiles));
        if (settings.rejects()) {
            written.add(writeRejects(resolve(dir, REJECTS + tag), context.sideInput(rejected)));
        }
        FileSystems.rename(written, targets(settings), MoveOptions.StandardMoveOptions.IGNORE_MISSING_FILES);
    }

    /** The CLI's rejects file: the rows in input order, whichever worker read them. */
    private static ResourceId writeRejects(ResourceId file, List<Rejected> rows) throws IOException {
        List<Rejected> ordered = new ArrayList<>(rows);
        ordered.sort(Rejected.INPUT_ORDER);
        try (Writer out = new OutputStreamWriter(Channels.newOutputStream(FileSystems.create(file, "text/csv")),
                StandardCharsets.UTF_8);
             CSVPrinter csv = RejectsCsv.open(out)) {
            for (Rejected r : ordered) {
                csv.printRecord(RejectsCsv.record(r.source(), r.line(), r.reason(), r.raw()));
            }
        }
        return file;
    }

    private static ResourceId resolve(ResourceId dir, String name) {
        return dir.resolve(name, StandardResolveOptions.RESOLVE_FILE);
    }

    private static ResourceId write(ResourceId dir, String name, Object report) throws IOException {
        ResourceId file = resolve(dir, name);
        try (Writer out = new OutputStreamWriter(Channels.newOutputStream(FileSystems.create(file, "application/json")),
                StandardCharsets.UTF_8)) {
            JsonRenderer.write(report, out);
        }
        return file;
    }
}
