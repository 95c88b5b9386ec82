/**
 * The one pass over the inputs ({@link io.postings.engine.pass.Pipeline}): read, prepare (export
 * format, id, de-dup, normalization) and aggregate every role at once, on three threads in a row.
 * What is done to one record is {@link io.postings.engine.pass.RecordPreparer}'s, which the Beam
 * pipeline uses too.
 */
package io.postings.engine.pass;
