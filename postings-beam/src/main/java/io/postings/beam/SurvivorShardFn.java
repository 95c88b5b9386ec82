package io.postings.beam;

import java.util.HashMap;
import java.util.Map;
import org.apache.beam.sdk.coders.Coder;
import org.apache.beam.sdk.coders.CoderRegistry;
import org.apache.beam.sdk.transforms.Combine.CombineFn;

/**
 * A de-dup stage as a combine per shard: the accumulator maps a key (an id, or a content key)
 * to the {@link Survivor} of the rows with that key, read first and the later ones. Partial
 * results merge in any order, into survivors of the merge's own, so no input is changed.
 * Shards, not single keys, are the keys: runners pay per key (the DirectRunner heavily), and a
 * shard's accumulator holds only its share of the postings.
 *
 * @param <I> what the stage takes: rows, or the survivors of the stage before
 */
abstract class SurvivorShardFn<I> extends CombineFn<I, Map<String, Survivor>, Map<String, Survivor>> {
    @Override
    public final Map<String, Survivor> createAccumulator() {
        return new HashMap<>();
    }

    @Override
    public final Map<String, Survivor> mergeAccumulators(Iterable<Map<String, Survivor>> parts) {
        Map<String, Survivor> merged = createAccumulator();
        for (Map<String, Survivor> part : parts) {
            part.forEach((key, s) -> merged.computeIfAbsent(key, k -> new Survivor()).merge(s));
        }
        return merged;
    }

    @Override
    public final Map<String, Survivor> extractOutput(Map<String, Survivor> acc) {
        return acc;
    }

    @Override
    public final Coder<Map<String, Survivor>> getAccumulatorCoder(CoderRegistry registry, Coder<I> input) {
        return Codecs.SHARD;
    }

    @Override
    public final Coder<Map<String, Survivor>> getDefaultOutputCoder(CoderRegistry registry, Coder<I> input) {
        return Codecs.SHARD;
    }
}
