package io.postings.beam;

import io.postings.engine.RoleAggregate;
import org.apache.beam.sdk.coders.Coder;
import org.apache.beam.sdk.coders.CoderRegistry;
import org.apache.beam.sdk.transforms.Combine.CombineFn;

/**
 * A role's numbers as a combine whose accumulator is the engine's own {@link RoleAggregate}:
 * counts per distinct skill, country, employer and salary value, so partial aggregates are
 * small and merge exactly (medians included) in any order. Its inputs are partial aggregates
 * already (one per role and bundle, see {@link CountPostingsFn}).
 */
final class RoleAggregateFn extends CombineFn<RoleAggregate, RoleAggregate, RoleAggregate> {
    @Override
    public RoleAggregate createAccumulator() {
        return RoleAggregate.unnamed();
    }

    @Override
    public RoleAggregate addInput(RoleAggregate acc, RoleAggregate part) {
        acc.merge(part);
        return acc;
    }

    @Override
    public RoleAggregate mergeAccumulators(Iterable<RoleAggregate> parts) {
        RoleAggregate merged = RoleAggregate.unnamed();
        for (RoleAggregate part : parts) {
            merged.merge(part);
        }
        return merged;
    }

    @Override
    public RoleAggregate extractOutput(RoleAggregate acc) {
        return acc;
    }

    @Override
    public Coder<RoleAggregate> getAccumulatorCoder(CoderRegistry registry, Coder<RoleAggregate> input) {
        return Codecs.ROLE;
    }

    @Override
    public Coder<RoleAggregate> getDefaultOutputCoder(CoderRegistry registry, Coder<RoleAggregate> input) {
        return Codecs.ROLE;
    }
}
