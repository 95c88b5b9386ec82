/**
 * The single-pass aggregation engine. Every number of docs/METRICS.md sections 2-6 and 8 is kept
 * as mergeable state per role ({@link io.postings.engine.RoleAggregate}: accept, merge,
 * result), filled for all roles at once in one pass over the input, so that any pair can be
 * compared afterwards and halves of an input can be aggregated apart and merged exactly.
 */
package io.postings.engine;
