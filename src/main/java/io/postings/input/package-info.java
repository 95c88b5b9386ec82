/**
 * Readers that stream records out of CSV, JSON and JSON Lines inputs (gzipped or not, files
 * or standard input), one {@link io.postings.input.RawRecord} at a time, so that memory does
 * not grow with the number of rows. Nothing here knows what a posting is.
 */
package io.postings.input;
