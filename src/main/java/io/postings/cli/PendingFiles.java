package io.postings.cli;

import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Model.CommandSpec;

/**
 * The files a command has written but not yet put in place: renamed into place together
 * when the command succeeds, removed when it fails, so that a run that fails half-way (an
 * input error after the rejects file was begun, an unknown role after the pass) leaves every
 * old file as it was. {@link Main} keeps one per run and settles it after the command.
 */
final class PendingFiles {
    /** A file written aside, waiting to be put in place or thrown away. */
    interface Output {
        void commit() throws OutputException;

        void discard();
    }

    private final List<Output> outputs = new ArrayList<>();
    /** What the run reads and writes, so that no output replaces an input or another output. */
    final OutputGuard guard = new OutputGuard();

    /** Writes {@code target} aside as UTF-8 text and holds it (see {@link #hold}); a failure while writing removes it. */
    static void write(CommandSpec command, String option, java.nio.file.Path target, AtomicFile.TextContent content)
            throws java.io.IOException {
        OutputGuard.of(command).writes(option, target);
        AtomicFile.Pending file = AtomicFile.Pending.create(target);
        try {
            java.io.Writer w = AtomicFile.text(file.stream());
            content.write(w);
            w.flush();
        } catch (java.io.IOException e) {
            file.discard();
            throw file.failure(e);
        } catch (RuntimeException e) {
            file.discard();
            throw e;
        }
        hold(command, file);
    }

    /**
     * Holds {@code output} until the command that {@code command} runs has finished; without a
     * {@link Main} above it (a command run on its own), puts it in place at once.
     */
    static void hold(CommandSpec command, Output output) throws OutputException {
        Object root = command == null ? null : command.root().userObject();
        if (root instanceof Main main) {
            main.pending.outputs.add(output);
        } else {
            try {
                output.commit();
            } finally {
                output.discard();
            }
        }
    }

    /** Puts every held file in place, in the order they were held; on a failure the rest are removed. */
    void commit() throws OutputException {
        try {
            for (Output output : outputs) {
                output.commit();
            }
        } finally {
            discard();
        }
    }

    /** Removes every held file not yet in place. */
    void discard() {
        for (Output output : outputs) {
            output.discard();
        }
        outputs.clear();
    }
}
