package io.postings.cli;

import io.postings.engine.aggregate.Aggregation;
import io.postings.engine.pass.Pipeline;
import io.postings.engine.pass.Reading;
import io.postings.normalize.RoleTaxonomy;
import io.postings.report.Parameters;
import io.postings.report.TaxonomyVersions;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * The template of every command that reads postings: check its own options, resolve its role
 * options with the run's role taxonomy (a typo never costs a read of the input), read the
 * inputs once with the run's settings, build the report record, write it. A command says only
 * what differs: its checks, its roles, its report and how it is drawn.
 *
 * <p>The {@link InputOptions} are declared here once; their options are ordered after the
 * command's own in its help (see {@link HelpOptions}). A command whose report goes to one
 * output is a {@link PrintingCommand}.
 *
 * @param <R> the report record
 */
@Command(sortOptions = false, versionProvider = Main.Version.class)
abstract class ReadingCommand<R> implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    InputOptions input;

    @Mixin
    HelpOptions help;

    /** The command's own options, checked before anything is read. */
    void validate() {
    }

    /** Resolves the command's role options; a role found under another name is told by {@code names}. */
    void resolve(RoleNames names) {
    }

    /** Told what the pass sees ({@code inspect}); nothing by default. */
    Pipeline.Observer observer() {
        return Pipeline.Observer.NONE;
    }

    /** The report of the filled pass. */
    abstract R build(Read read) throws IOException;

    /** Checks the output options, after the command's own and before anything is read. */
    void validateOutput() {
    }

    /** Writes the report. */
    abstract void write(R report) throws IOException;

    @Override
    public final Integer call() throws Exception {
        validate();
        validateOutput();
        write(read(input, input.err(), System.in));
        return ExitCodes.OK;
    }

    /**
     * Roles, settings, pass, build: the report, not written ({@code check} compares it with a
     * saved one). {@code notes} is told a role found under another name (null: not told).
     */
    final R report(InputOptions input, PrintWriter notes, InputStream stdin) throws IOException {
        validate();
        return read(input, notes, stdin);
    }

    private R read(InputOptions input, PrintWriter notes, InputStream stdin) throws IOException {
        Reading reading = input.reading();
        resolve(new RoleNames(reading.roles(), notes));
        Aggregation aggregation = input.aggregate(reading, stdin, observer());
        return build(new Read(aggregation, reading));
    }

    /** One pass's aggregation, with what a report records of the run. */
    record Read(Aggregation aggregation, Reading reading) {
        Parameters parameters(Parameters.Limits limits) {
            return reading.settings().parameters(limits);
        }

        List<String> inputs() {
            return reading.settings().inputNames();
        }

        TaxonomyVersions taxonomy() throws IOException {
            return reading.taxonomyVersions();
        }

        RoleTaxonomy roles() throws IOException {
            return reading.roles();
        }
    }
}
