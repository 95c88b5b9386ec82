package io.postings.beam;

import io.postings.engine.aggregate.InputStats;
import io.postings.engine.aggregate.PostingFilter;
import io.postings.engine.aggregate.RoleAggregate;
import io.postings.engine.aggregate.StrictFailure;
import io.postings.input.InputException;
import io.postings.normalize.Posting;
import java.util.HashMap;
import java.util.Map;
import org.apache.beam.sdk.transforms.DoFn;
import org.apache.beam.sdk.transforms.windowing.GlobalWindow;
import org.apache.beam.sdk.values.KV;
import org.apache.beam.sdk.values.TupleTag;

/**
 * Each de-duplicated posting: counted in the input accounting with the problems its row had
 * and its duplicates, and accepted by its role's aggregate when it has a role. Both are
 * partial per bundle, so what goes on to the combines is one accounting and one aggregate per
 * role for each bundle, not a record per posting.
 */
final class CountPostingsFn extends DoFn<KV<Integer, Map<String, Survivor>>, KV<String, RoleAggregate>> {
    static final TupleTag<KV<String, RoleAggregate>> BY_ROLE = new TupleTag<>() { };
    static final TupleTag<InputStats> COUNTS = new TupleTag<>() { };

    private final PostingFilter filter;
    /** --strict: a kept posting's field damage ends the run (the reader's damage already did, in {@link ReadPostingsFn}). */
    private final boolean strict;
    private transient InputStats bundle;
    private transient Map<String, RoleAggregate> roles;

    CountPostingsFn(PostingFilter filter, boolean strict) {
        this.filter = filter;
        this.strict = strict;
    }

    @StartBundle
    public void start() {
        bundle = new InputStats();
        bundle.strict(strict);
        roles = new HashMap<>();
    }

    @ProcessElement
    public void process(@Element KV<Integer, Map<String, Survivor>> shard) throws InputException {
        try {
            shard.getValue().values().forEach(this::count);
        } catch (StrictFailure e) {
            throw new InputException(e.getMessage(), e);
        }
    }

    private void count(Survivor survivor) {
        Candidate row = survivor.first;
        Posting posting = row.posting();
        for (Survivor.Later later : survivor.shown) {
            bundle.duplicateAt(later.position(), later.where(), later.id());
        }
        bundle.duplicatesWithoutExamples(survivor.duplicates - survivor.shown.size());
        int reason = filter.reason(posting);
        if (reason != PostingFilter.KEPT) {
            // As the CLI's pass: counted as filtered out, its fields not analysed.
            bundle.filteredOut(reason);
            return;
        }
        bundle.posting(posting.role() != null, posting.salaryStatus(), posting.postedAt());
        row.log().replayAt(bundle, row.position());
        if (posting.role() != null) {
            roles.computeIfAbsent(posting.role(), RoleAggregate::new).accept(posting);
        }
    }

    @FinishBundle
    public void finish(FinishBundleContext context) {
        context.output(COUNTS, bundle, GlobalWindow.INSTANCE.maxTimestamp(), GlobalWindow.INSTANCE);
        roles.forEach((role, agg) ->
                context.output(BY_ROLE, KV.of(role, agg), GlobalWindow.INSTANCE.maxTimestamp(), GlobalWindow.INSTANCE));
        bundle = null;
        roles = null;
    }
}
