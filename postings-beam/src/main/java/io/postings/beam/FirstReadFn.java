package io.postings.beam;

import java.util.HashMap;
import java.util.Map;
import org.apache.beam.sdk.coders.Coder;
import org.apache.beam.sdk.coders.CoderRegistry;
import org.apache.beam.sdk.transforms.Combine.CombineFn;

/**
 * The de-dup of docs/METRICS.md section 1 as a combine per shard of ids: for each id, the row read
 * first (lowest position) is the posting, the others are duplicates. Partial results merge in
 * any order. Shards, not single ids, are the keys: runners pay per key (the DirectRunner
 * heavily), and a shard's accumulator holds only its share of the postings.
 */
final class FirstReadFn extends CombineFn<Candidate, Map<String, Survivor>, Map<String, Survivor>> {
    @Override
    public Map<String, Survivor> createAccumulator() {
        return new HashMap<>();
    }

    @Override
    public Map<String, Survivor> addInput(Map<String, Survivor> acc, Candidate row) {
        acc.computeIfAbsent(row.id(), id -> new Survivor()).add(row);
        return acc;
    }

    @Override
    public Map<String, Survivor> mergeAccumulators(Iterable<Map<String, Survivor>> parts) {
        Map<String, Survivor> merged = createAccumulator();
        for (Map<String, Survivor> part : parts) {
            part.forEach((id, s) -> merged.merge(id, s, (a, b) -> {
                a.merge(b);
                return a;
            }));
        }
        return merged;
    }

    @Override
    public Map<String, Survivor> extractOutput(Map<String, Survivor> acc) {
        return acc;
    }

    @Override
    public Coder<Map<String, Survivor>> getAccumulatorCoder(CoderRegistry registry, Coder<Candidate> input) {
        return Codecs.SHARD;
    }

    @Override
    public Coder<Map<String, Survivor>> getDefaultOutputCoder(CoderRegistry registry, Coder<Candidate> input) {
        return Codecs.SHARD;
    }
}
