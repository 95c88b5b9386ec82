/**
 * The postings aggregation as an Apache Beam pipeline, for inputs past one machine: the CLI's
 * readers and normalizer per file, a de-dup by id as a combine, the engine's own
 * {@link io.postings.engine.aggregate.RoleAggregate} as the per-role accumulator, and the same JSON
 * renderer at the end, so the files equal the CLI's output byte for byte.
 */
package io.postings.beam;
