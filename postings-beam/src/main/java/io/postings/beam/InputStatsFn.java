package io.postings.beam;

import io.postings.engine.InputStats;
import org.apache.beam.sdk.coders.Coder;
import org.apache.beam.sdk.coders.CoderRegistry;
import org.apache.beam.sdk.transforms.Combine.CombineFn;

/** The whole input's accounting from the files' and the bundles' parts; examples stay the earliest by position. */
final class InputStatsFn extends CombineFn<InputStats, InputStats, InputStats> {
    @Override
    public InputStats createAccumulator() {
        return new InputStats();
    }

    @Override
    public InputStats addInput(InputStats acc, InputStats part) {
        acc.merge(part);
        return acc;
    }

    @Override
    public InputStats mergeAccumulators(Iterable<InputStats> parts) {
        InputStats merged = new InputStats();
        for (InputStats part : parts) {
            merged.merge(part);
        }
        return merged;
    }

    @Override
    public InputStats extractOutput(InputStats acc) {
        return acc;
    }

    @Override
    public Coder<InputStats> getAccumulatorCoder(CoderRegistry registry, Coder<InputStats> input) {
        return Codecs.STATS;
    }

    @Override
    public Coder<InputStats> getDefaultOutputCoder(CoderRegistry registry, Coder<InputStats> input) {
        return Codecs.STATS;
    }
}
