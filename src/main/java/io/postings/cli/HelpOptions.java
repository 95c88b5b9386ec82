package io.postings.cli;

import picocli.CommandLine.Option;

/**
 * {@code -h} and {@code -V} for the commands that share option mixins, and the order help lists
 * options in. A command's own options carry no order and come first; the shared ones follow in
 * the groups below (picocli puts options without an order before any with one, and keeps the
 * declaration order within a group), whichever class declares them.
 */
final class HelpOptions {
    /** {@link InputOptions} and its {@link SelectionOptions}. */
    static final int INPUT = 1;
    /** {@link OutputOptions}. */
    static final int OUTPUT = 2;
    /** These. */
    static final int HELP = 3;
    /** The inherited {@code --verbose}. */
    static final int VERBOSE = 4;

    @Option(names = {"-h", "--help"}, usageHelp = true, order = HELP, description = "Show this help message and exit.")
    boolean help;

    @Option(names = {"-V", "--version"}, versionHelp = true, order = HELP, description = "Print version information and exit.")
    boolean version;
}
