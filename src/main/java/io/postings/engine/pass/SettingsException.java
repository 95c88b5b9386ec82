package io.postings.engine.pass;

/**
 * A reading run's settings that cannot be: an unknown field, a bad column spec, a missing
 * taxonomy file. The command line reports it as a usage error (exit 2), the Beam pipeline as a
 * bad option, both before any input is read.
 */
public final class SettingsException extends IllegalArgumentException {
    public SettingsException(String message) {
        super(message);
    }
}
