/**
 * From a filled aggregation to the report records: a pair's comparison, the overlap matrix, one
 * role's skill table, every role's profile ({@link io.postings.engine.analysis.Reports}). Reads
 * the aggregates, never the input.
 */
package io.postings.engine.analysis;
