package io.postings.beam;

import io.postings.engine.aggregate.InputStats;
import io.postings.engine.aggregate.RoleAggregate;
import io.postings.engine.pass.Deduplicator;
import io.postings.input.InputException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.apache.beam.sdk.Pipeline;
import org.apache.beam.sdk.PipelineResult;
import org.apache.beam.sdk.coders.KvCoder;
import org.apache.beam.sdk.coders.SerializableCoder;
import org.apache.beam.sdk.coders.StringUtf8Coder;
import org.apache.beam.sdk.coders.VarIntCoder;
import org.apache.beam.sdk.io.FileSystems;
import org.apache.beam.sdk.io.fs.EmptyMatchTreatment;
import org.apache.beam.sdk.io.fs.MatchResult;
import org.apache.beam.sdk.io.fs.ResourceId;
import org.apache.beam.sdk.options.PipelineOptionsFactory;
import org.apache.beam.sdk.transforms.Combine;
import org.apache.beam.sdk.transforms.Create;
import org.apache.beam.sdk.transforms.FlatMapElements;
import org.apache.beam.sdk.transforms.Flatten;
import org.apache.beam.sdk.transforms.MapElements;
import org.apache.beam.sdk.transforms.ParDo;
import org.apache.beam.sdk.transforms.Reshuffle;
import org.apache.beam.sdk.transforms.Values;
import org.apache.beam.sdk.transforms.View;
import org.apache.beam.sdk.values.KV;
import org.apache.beam.sdk.values.PCollection;
import org.apache.beam.sdk.values.PCollectionList;
import org.apache.beam.sdk.values.PCollectionTuple;
import org.apache.beam.sdk.values.PCollectionView;
import org.apache.beam.sdk.values.TupleTagList;
import org.apache.beam.sdk.values.TypeDescriptor;

/**
 * {@code postings compare} as a Beam pipeline:
 *
 * <pre>
 *   files ─ read + normalize (per file) ─┬─ rows with an id ─ first read per id (combine) ─┐
 *                                        ├─ rows without one ──────────────────────────────┴─ count postings ─┬─ per role: RoleAggregate (combine) ─┐
 *                                        └─ each file's accounting ───────────────────────────────────────────┴─ accounting (combine) ───────────── write compare.json, profiles.json
 * </pre>
 *
 * Every aggregate is the engine's and merges exactly in any order, so the result does not
 * depend on how a runner splits the work: it equals the CLI's JSON for the same files, byte
 * for byte.
 */
public final class ComparePipeline {
    private ComparePipeline() {
    }

    public static void main(String[] args) {
        PipelineOptionsFactory.register(CompareOptions.class);
        try {
            CompareOptions options = PipelineOptionsFactory.fromArgs(args).withValidation().as(CompareOptions.class);
            PipelineResult.State state = build(options).run().waitUntilFinish();
            if (state != PipelineResult.State.DONE) {
                System.err.println("postings-beam: the pipeline ended " + state);
                System.exit(1);
            }
        } catch (IllegalArgumentException e) {
            System.err.println("postings-beam: " + e.getMessage());
            System.exit(2);
        } catch (UncheckedIOException e) {
            // A taxonomy or skills table that cannot be read where the job is submitted: the CLI's input error.
            System.err.println("postings-beam: " + e.getCause().getMessage());
            System.exit(e.getCause() instanceof InputException ? 3 : 1);
        } catch (Pipeline.PipelineExecutionException e) {
            // A worker's failure (an unreadable or damaged input) in the CLI's words, not a stack trace.
            Throwable cause = e.getCause() == null ? e : e.getCause();
            System.err.println("postings-beam: " + cause.getMessage());
            System.exit(cause instanceof InputException ? 3 : 1);
        }
    }

    /** The pipeline for these options, the inputs' globs expanded and the roles checked before anything runs. */
    public static Pipeline build(CompareOptions options) {
        Settings settings = Settings.of(options);
        FileSystems.setDefaultPipelineOptions(options);
        List<String> files = files(options.getInput());
        // No report may replace an input (a rerun whose glob takes in the last run's rejects.csv).
        for (ResourceId target : WriteReportsFn.targets(settings)) {
            if (files.contains(target.toString())) {
                throw new IllegalArgumentException("--output: " + target + " is one of the inputs; write the reports "
                        + "to another directory");
            }
        }
        List<KV<Integer, String>> indexed = new ArrayList<>(files.size());
        for (int i = 0; i < files.size(); i++) {
            indexed.add(KV.of(i, files.get(i)));
        }

        Pipeline pipeline = Pipeline.create(options);
        PCollectionTuple rows = pipeline
                .apply("Files", Create.of(indexed).withCoder(KvCoder.of(VarIntCoder.of(), StringUtf8Coder.of())))
                .apply("Spread files", Reshuffle.viaRandomKey())
                .apply("Read and normalize", ParDo.of(new ReadPostingsFn(settings, shards(options))).withOutputTags(
                        ReadPostingsFn.WITH_ID, TupleTagList.of(ReadPostingsFn.WITHOUT_ID).and(ReadPostingsFn.FILE_STATS)
                                .and(ReadPostingsFn.REJECTED)));
        PCollectionView<List<Rejected>> rejected = rows.get(ReadPostingsFn.REJECTED)
                .setCoder(SerializableCoder.of(Rejected.class))
                .apply("Rejected rows", View.asList());

        PCollection<KV<Integer, Map<String, Survivor>>> firstRead = rows.get(ReadPostingsFn.WITH_ID)
                .setCoder(KvCoder.of(VarIntCoder.of(), Codecs.CANDIDATE))
                .apply("First read per id", Combine.perKey(new FirstReadFn()));
        // A row without an id is never a duplicate: a shard of its own.
        PCollection<KV<Integer, Map<String, Survivor>>> withoutId = rows.get(ReadPostingsFn.WITHOUT_ID)
                .setCoder(Codecs.CANDIDATE)
                .apply("Postings without one", MapElements.into(SHARD_TYPE).via(row -> KV.of(-1, Map.of("", Survivor.of(row)))))
                .setCoder(KvCoder.of(VarIntCoder.of(), Codecs.SHARD));

        PCollection<KV<Integer, Map<String, Survivor>>> postings = PCollectionList.of(firstRead).and(withoutId)
                .apply("Postings", Flatten.pCollections());
        if (settings.read().dedupe() == Deduplicator.Mode.CONTENT) {
            // --dedupe content: the id stage's survivors, and the rows without an id, de-duplicated by content.
            int shards = shards(options);
            postings = postings
                    .apply("By content", FlatMapElements.into(BY_CONTENT_TYPE).via(shard -> shard.getValue().values().stream()
                            .map(s -> KV.of(contentShard(s.first.content(), shards), s)).toList()))
                    .setCoder(KvCoder.of(VarIntCoder.of(), Codecs.SURVIVOR))
                    .apply("First read per content", Combine.perKey(new FirstByContentFn()));
        }
        PCollectionTuple counted = postings
                .apply("Count postings", ParDo.of(new CountPostingsFn(settings.filter(), settings.read().strict())).withOutputTags(
                        CountPostingsFn.BY_ROLE, TupleTagList.of(CountPostingsFn.COUNTS)));

        PCollectionView<List<RoleAggregate>> roles = counted.get(CountPostingsFn.BY_ROLE)
                .setCoder(KvCoder.of(StringUtf8Coder.of(), Codecs.ROLE))
                .apply("Per role", Combine.perKey(MergeFn.roles()))
                .apply("Role aggregates", Values.create())
                .apply("All roles", View.asList());

        PCollectionList.of(rows.get(ReadPostingsFn.FILE_STATS).setCoder(Codecs.STATS))
                .and(counted.get(CountPostingsFn.COUNTS).setCoder(Codecs.STATS))
                .apply("Accounting parts", Flatten.pCollections())
                .apply("Accounting", Combine.globally(MergeFn.stats()).withoutDefaults())
                .apply("Write reports", ParDo.of(new WriteReportsFn(settings, files, roles, rejected))
                        .withSideInputs(roles, rejected));
        return pipeline;
    }

    private static final TypeDescriptor<KV<Integer, Map<String, Survivor>>> SHARD_TYPE = new TypeDescriptor<>() { };
    private static final TypeDescriptor<KV<Integer, Survivor>> BY_CONTENT_TYPE = new TypeDescriptor<>() { };

    /** The content stage's shard of a content key. */
    static int contentShard(long content, int shards) {
        return Math.floorMod((int) (content ^ (content >>> 32)), shards);
    }

    /** --dedupShards, or by runner: few on the DirectRunner (it pays dearly per key), many on a cluster. */
    static int shards(CompareOptions options) {
        if (options.getDedupShards() > 0) {
            return options.getDedupShards();
        }
        return options.getRunner().getSimpleName().equals("DirectRunner") ? DIRECT_SHARDS : CLUSTER_SHARDS;
    }

    static final int DIRECT_SHARDS = 8;
    static final int CLUSTER_SHARDS = 4096;

    /**
     * The inputs in reading order: the patterns as given, each one's matches by name, as a shell
     * hands the CLI a glob (LC_ALL=C). A pattern that matches nothing is an error, not an empty input.
     */
    static List<String> files(String patterns) {
        List<String> files = new ArrayList<>();
        for (String pattern : patterns.split(",")) {
            String spec = pattern.trim();
            if (spec.isEmpty()) {
                continue;
            }
            try {
                MatchResult match = FileSystems.match(spec, EmptyMatchTreatment.DISALLOW);
                if (match.status() != MatchResult.Status.OK) {
                    throw new IllegalArgumentException(spec + ": no such file");
                }
                match.metadata().stream()
                        .map(m -> m.resourceId().toString())
                        .sorted(Comparator.naturalOrder())
                        .forEach(files::add);
            } catch (IOException e) {
                throw new IllegalArgumentException(spec + ": " + (e.getMessage() == null ? "no such file" : e.getMessage()), e);
            }
        }
        if (files.isEmpty()) {
            throw new IllegalArgumentException("--input names no file");
        }
        if (files.size() >= 1 << (63 - ReadPostingsFn.FILE_SHIFT)) {
            throw new IllegalArgumentException("more than " + (1 << (63 - ReadPostingsFn.FILE_SHIFT)) + " input files");
        }
        return files;
    }
}
