/**
 * The mergeable state of the engine. Every number of METRICS.md sections 2-6 and 8 is kept per
 * role ({@link io.postings.engine.aggregate.RoleAggregate}: accept, merge, result), beside the
 * input's accounting ({@link io.postings.engine.aggregate.InputStats}), so that halves of an
 * input can be aggregated apart and merged exactly, here or on a Beam runner ({@link
 * io.postings.engine.aggregate.Wire} is their binary form).
 */
package io.postings.engine.aggregate;
