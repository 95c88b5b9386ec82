/**
 * The command line: one {@code <Verb>Command} per verb holding its options and a short
 * {@code call()} that runs the engine and hands the report to a renderer. Commands never
 * format numbers; {@link io.postings.cli.Main} is the one place failures become exit codes.
 */
package io.postings.cli;
