package io.postings.beam;

import java.util.HashMap;
import java.util.Map;
import org.apache.beam.sdk.coders.Coder;
import org.apache.beam.sdk.coders.CoderRegistry;
import org.apache.beam.sdk.transforms.Combine.CombineFn;

/**
 * The second stage of {@code --dedupe content}, a combine per shard of content keys over the
 * survivors of the id stage (and the rows without an id): for each content, the survivor read
 * first is the posting; each other one becomes a later row of it, its own later rows with it.
 * That is the one pass's rule: a row is a duplicate by content when an earlier row with the same
 * content was not itself a duplicate by id. Keyed by the content key in text, so the output is
 * a shard as the id stage makes it.
 */
final class FirstByContentFn extends CombineFn<Survivor, Map<String, Survivor>, Map<String, Survivor>> {
    @Override
    public Map<String, Survivor> createAccumulator() {
        return new HashMap<>();
    }

    @Override
    public Map<String, Survivor> addInput(Map<String, Survivor> acc, Survivor survivor) {
        // Merged into a survivor of the accumulator's own: the input is not changed.
        acc.computeIfAbsent(Long.toHexString(survivor.first.content()), k -> new Survivor()).merge(survivor);
        return acc;
    }

    @Override
    public Map<String, Survivor> mergeAccumulators(Iterable<Map<String, Survivor>> parts) {
        Map<String, Survivor> merged = createAccumulator();
        for (Map<String, Survivor> part : parts) {
            part.forEach((key, s) -> merged.computeIfAbsent(key, k -> new Survivor()).merge(s));
        }
        return merged;
    }

    @Override
    public Map<String, Survivor> extractOutput(Map<String, Survivor> acc) {
        return acc;
    }

    @Override
    public Coder<Map<String, Survivor>> getAccumulatorCoder(CoderRegistry registry, Coder<Survivor> input) {
        return Codecs.SHARD;
    }

    @Override
    public Coder<Map<String, Survivor>> getDefaultOutputCoder(CoderRegistry registry, Coder<Survivor> input) {
        return Codecs.SHARD;
    }
}
