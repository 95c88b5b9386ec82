package io.postings.beam;

import java.util.Map;

/**
 * The second stage of {@code --dedupe content}, a combine per shard of content keys over the
 * survivors of the id stage (and the rows without an id): for each content, the survivor read
 * first is the posting; each other one becomes a later row of it, its own later rows with it.
 * That is the one pass's rule: a row is a duplicate by content when an earlier row with the same
 * content was not itself a duplicate by id. Keyed by the content key in text, so the output is
 * a shard as the id stage makes it.
 */
final class FirstByContentFn extends SurvivorShardFn<Survivor> {
    @Override
    public Map<String, Survivor> addInput(Map<String, Survivor> acc, Survivor survivor) {
        // Merged into a survivor of the accumulator's own: the input is not changed.
        acc.computeIfAbsent(Long.toHexString(survivor.first.content()), k -> new Survivor()).merge(survivor);
        return acc;
    }
}
