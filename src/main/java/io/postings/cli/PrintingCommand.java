package io.postings.cli;

import java.io.IOException;
import picocli.CommandLine.Mixin;

/**
 * A reading command whose report goes to one output, drawn in the format {@code --format}
 * names: every command but {@code report}, which writes a directory.
 *
 * @param <R> the report record
 */
abstract class PrintingCommand<R> extends ReadingCommand<R> {
    @Mixin
    OutputOptions output;

    @Override
    final void validateOutput() {
        output.kind(); // a bad --format fails before the input is read
    }

    @Override
    final void write(R report) throws IOException {
        output.write(spec.commandLine().getOut(), report);
    }
}
