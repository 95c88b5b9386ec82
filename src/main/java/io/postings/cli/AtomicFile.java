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
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFileAttributeView;
import java.util.concurrent.ThreadLocalRandom;

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
            Writer w = text(stream);
            content.write(w);
            w.flush();
        });
    }

    static void writeBytes(Path target, ByteContent content) throws OutputException {
        Pending file = Pending.create(target);
        try {
            try {
                content.write(file.stream());
            } catch (OutputException e) {
                throw e;
            } catch (IOException e) {
                throw file.failure(e);
            }
            file.commit();
        } finally {
            file.discard();
        }
    }

    /** A buffered UTF-8 writer over the stream. */
    static Writer text(OutputStream stream) {
        return new BufferedWriter(new OutputStreamWriter(stream, StandardCharsets.UTF_8), 1 << 16);
    }

    /**
     * A file being written: its temporary file beside the target, open for writing, until
     * {@link #commit} renames it into place or {@link #discard} removes it.
     */
    static final class Pending implements PendingFiles.Output {
        private final Path target;
        private final Path temp;
        private final OutputStream out;
        private boolean done;

        private Pending(Path target, Path temp, OutputStream out) {
            this.target = target;
            this.temp = temp;
            this.out = out;
        }

        /** Creates the temporary file; fails here, before any work, when the target cannot be written. */
        static Pending create(Path target) throws OutputException {
            Path absolute = target.toAbsolutePath();
            try {
                if (Files.isDirectory(absolute)) {
                    throw new OutputException(target + ": cannot write (is a directory)", null);
                }
                Path parent = absolute.getParent();
                while (true) {
                    // Not Files.createTempFile: its files are private (0600), and the result should get the usual mode.
                    Path temp = parent.resolve("." + absolute.getFileName() + "."
                            + Long.toHexString(ThreadLocalRandom.current().nextLong() >>> 16) + ".tmp");
                    try {
                        OutputStream out = Files.newOutputStream(temp, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
                        return new Pending(target, temp, new BufferedOutputStream(out, 1 << 16));
                    } catch (FileAlreadyExistsException e) {
                        // Another run's temporary file: pick another name.
                    }
                }
            } catch (IOException e) {
                throw failure(target, e);
            }
        }

        Path target() {
            return target;
        }

        OutputStream stream() {
            return out;
        }

        /** An I/O failure while writing, as the one-line error for this file. */
        OutputException failure(IOException e) {
            return failure(target, e);
        }

        @Override
        public void commit() throws OutputException {
            if (done) {
                return;
            }
            Path absolute = target.toAbsolutePath();
            try {
                out.close();
                keepMode(absolute, temp);
                try {
                    Files.move(temp, absolute, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
                } catch (AtomicMoveNotSupportedException e) {
                    Files.move(temp, absolute, StandardCopyOption.REPLACE_EXISTING);
                }
                done = true;
            } catch (IOException e) {
                discard();
                throw failure(target, e);
            }
        }

        @Override
        public void discard() {
            if (done) {
                return;
            }
            done = true;
            try {
                out.close();
            } catch (IOException ignored) {
                // Being thrown away: a failure to flush it does not matter.
            }
            try {
                Files.deleteIfExists(temp);
            } catch (IOException ignored) {
                // Best effort: the failure being reported matters more than a stray temporary file.
            }
        }

        /** A file being replaced keeps its permissions (best effort: not every file system has them). */
        private static void keepMode(Path target, Path temp) {
            try {
                PosixFileAttributeView old = Files.getFileAttributeView(target, PosixFileAttributeView.class);
                PosixFileAttributeView neu = Files.getFileAttributeView(temp, PosixFileAttributeView.class);
                if (old != null && neu != null && Files.exists(target)) {
                    neu.setPermissions(old.readAttributes().permissions());
                }
            } catch (IOException | UnsupportedOperationException ignored) {
                // The usual mode then; the content is what matters.
            }
        }

        private static OutputException failure(Path target, IOException e) {
            if (e instanceof OutputException o) {
                return o;
            }
            if (e instanceof NoSuchFileException) {
                return new OutputException(target + ": cannot write (no such directory)", e);
            }
            if (e instanceof AccessDeniedException) {
                return new OutputException(target + ": cannot write (permission denied)", e);
            }
            if (e instanceof FileSystemException f && f.getReason() != null) {
                return new OutputException(target + ": cannot write (" + f.getReason() + ")", e);
            }
            return new OutputException(target + ": cannot write (" + e.getMessage() + ")", e);
        }
    }
}
