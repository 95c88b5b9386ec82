package io.postings.cli;

import java.io.BufferedOutputStream;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * Writes a file so that readers see the old content or the whole new content, never half:
 * into a temporary file beside it, then renamed into place. On failure the temporary file is
 * removed and the old file is untouched.
 */
final class AtomicFile {
    private AtomicFile() {
    }

    interface TextContent {
        void write(Writer out) throws IOException;
    }

    interface ByteContent {
        /** Writes the content; closing the stream is allowed. */
        void write(OutputStream out) throws IOException;
    }

    /** UTF-8 text. */
    static void write(Path target, TextContent content) throws OutputException {
        writeBytes(target, stream -> {
            Writer w = new BufferedWriter(new OutputStreamWriter(stream, StandardCharsets.UTF_8), 1 << 16);
            content.write(w);
            w.flush();
        });
    }

    static void writeBytes(Path target, ByteContent content) throws OutputException {
        Path absolute = target.toAbsolutePath();
        Path temp = null;
        try {
            if (Files.isDirectory(absolute)) {
                throw new IOException("is a directory");
            }
            temp = Files.createTempFile(absolute.getParent(), "." + absolute.getFileName(), ".tmp");
            try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(temp), 1 << 16)) {
                content.write(out);
            }
            try {
                Files.move(temp, absolute, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temp, absolute, StandardCopyOption.REPLACE_EXISTING);
            }
            temp = null;
        } catch (OutputException e) {
            throw e;
        } catch (NoSuchFileException e) {
            throw new OutputException(target + ": cannot write (no such directory)", e);
        } catch (AccessDeniedException e) {
            throw new OutputException(target + ": cannot write (permission denied)", e);
        } catch (IOException e) {
            throw new OutputException(target + ": cannot write (" + e.getMessage() + ")", e);
        } finally {
            if (temp != null) {
                try {
                    Files.deleteIfExists(temp);
                } catch (IOException ignored) {
                    // Best effort: the failure being reported matters more than a stray temporary file.
                }
            }
        }
    }
}
