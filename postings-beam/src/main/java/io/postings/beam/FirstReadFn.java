package io.postings.beam;

import java.util.Map;

/**
 * The de-dup of docs/METRICS.md section 1 as a combine per shard of ids: for each id, the row read
 * first (lowest position) is the posting, the others are duplicates. Partial results merge in
 * any order ({@link SurvivorShardFn}).
 */
final class FirstReadFn extends SurvivorShardFn<Candidate> {
    @Override
    public Map<String, Survivor> addInput(Map<String, Survivor> acc, Candidate row) {
        acc.computeIfAbsent(row.id(), id -> new Survivor()).add(row);
        return acc;
    }
}
