package io.postings.beam;

import io.postings.engine.aggregate.InputStats;
import io.postings.engine.aggregate.RoleAggregate;
import java.io.Serializable;
import org.apache.beam.sdk.coders.Coder;
import org.apache.beam.sdk.coders.CoderRegistry;
import org.apache.beam.sdk.transforms.Combine.CombineFn;

/**
 * A combine whose inputs, accumulator and output are one of the engine's mergeable states:
 * each input is a partial result (a file's or a bundle's), merged into an empty one. Partial
 * results merge exactly in any order, which is what lets a runner split the work as it likes.
 */
final class MergeFn<T> extends CombineFn<T, T, T> {
    /** Makes an empty state and merges one state into another; serializable, as every function a runner ships. */
    interface State<T> extends Serializable {
        T empty();

        void merge(T into, T part);
    }

    /** Each role's {@link RoleAggregate}: the accumulator learns its role from the first part. */
    static MergeFn<RoleAggregate> roles() {
        return new MergeFn<>(new RoleState(), Codecs.ROLE);
    }

    /** The whole input's accounting; problem examples stay the earliest by position. */
    static MergeFn<InputStats> stats() {
        return new MergeFn<>(new StatsState(), Codecs.STATS);
    }

    private final State<T> state;
    private final Coder<T> coder;

    private MergeFn(State<T> state, Coder<T> coder) {
        this.state = state;
        this.coder = coder;
    }

    @Override
    public T createAccumulator() {
        return state.empty();
    }

    @Override
    public T addInput(T acc, T part) {
        state.merge(acc, part);
        return acc;
    }

    @Override
    public T mergeAccumulators(Iterable<T> parts) {
        T merged = state.empty();
        for (T part : parts) {
            state.merge(merged, part);
        }
        return merged;
    }

    @Override
    public T extractOutput(T acc) {
        return acc;
    }

    @Override
    public Coder<T> getAccumulatorCoder(CoderRegistry registry, Coder<T> input) {
        return coder;
    }

    @Override
    public Coder<T> getDefaultOutputCoder(CoderRegistry registry, Coder<T> input) {
        return coder;
    }

    private static final class RoleState implements State<RoleAggregate> {
        @Override
        public RoleAggregate empty() {
            return RoleAggregate.unnamed();
        }

        @Override
        public void merge(RoleAggregate into, RoleAggregate part) {
            into.merge(part);
        }
    }

    private static final class StatsState implements State<InputStats> {
        @Override
        public InputStats empty() {
            return new InputStats();
        }

        @Override
        public void merge(InputStats into, InputStats part) {
            into.merge(part);
        }
    }
}
