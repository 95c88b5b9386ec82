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
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
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
     * The file a write to {@code path} lands in: {@code path} itself, or where the symbolic link
     * it is points (followed to the end, even when the last target does not exist yet), so that
     * writing through a link replaces the file it points to and keeps the link.
     */
    static Path linkTarget(Path path) throws IOException {
        Path p = path.toAbsolutePath();
        if (Files.exists(p)) {
            return Files.isSymbolicLink(p) ? p.toRealPath() : p;
        }
        for (int hops = 0; hops < 40 && Files.isSymbolicLink(p); hops++) {
            Path parent = p.getParent();
            p = (parent == null ? Path.of("/") : parent).resolve(Files.readSymbolicLink(p)).normalize();
        }
        return p;
    }

    /** Temporary files being written: a shutdown hook removes those left when the run is interrupted. */
    private static final Set<Path> LIVE = ConcurrentHashMap.newKeySet();

    static {
        Thread cleanup = new Thread(() -> {
            for (Path temp : LIVE) {
                try {
                    Files.deleteIfExists(temp);
                } catch (IOException ignored) {
                    // Exiting: nothing more can be done about it.
                }
            }
        }, "postings-cleanup");
        try {
            Runtime.getRuntime().addShutdownHook(cleanup);
        } catch (IllegalStateException | SecurityException ignored) {
            // Already shutting down.
        }
    }

    /**
     * A file being written: its temporary file beside the target, open for writing, until
     * {@link #commit} renames it into place or {@link #discard} removes it. A device, a pipe or
     * a path under /dev or /proc ({@code /dev/null}, {@code /dev/stdout}, a FIFO) is written
     * through instead: there is no file to replace, and a temporary file beside it could not be
     * renamed over it.
     */
    static final class Pending implements PendingFiles.Output {
        private final Path target;
        /** The file renamed over: the target, or where its link points. */
        private final Path destination;
        /** Null when written through. */
        private final Path temp;
        private final OutputStream out;
        private boolean done;

        private Pending(Path target, Path destination, Path temp, OutputStream out) {
            this.target = target;
            this.destination = destination;
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
                if (OutputGuard.writesThrough(absolute)) {
                    OutputStream out = Files.newOutputStream(absolute, StandardOpenOption.WRITE, StandardOpenOption.APPEND);
                    return new Pending(target, absolute, null, new BufferedOutputStream(out, 1 << 16));
                }
                Path destination = linkTarget(absolute);
                Path parent = destination.getParent();
                while (true) {
                    // Not Files.createTempFile: its files are private (0600), and the result should get the usual mode.
                    Path temp = parent.resolve("." + destination.getFileName() + "."
                            + Long.toHexString(ThreadLocalRandom.current().nextLong() >>> 16) + ".tmp");
                    try {
                        LIVE.add(temp);
                        OutputStream out = Files.newOutputStream(temp, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
                        return new Pending(target, destination, temp, new BufferedOutputStream(out, 1 << 16));
                    } catch (FileAlreadyExistsException e) {
                        // Another run's temporary file: pick another name.
                        LIVE.remove(temp);
                    } catch (IOException e) {
                        LIVE.remove(temp);
                        throw e;
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
            try {
                out.close();
                if (temp == null) {
                    done = true;
                    return;
                }
                keepMode(destination, temp);
                try {
                    Files.move(temp, destination, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
                } catch (AtomicMoveNotSupportedException e) {
                    Files.move(temp, destination, StandardCopyOption.REPLACE_EXISTING);
                }
                LIVE.remove(temp);
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
            if (temp == null) {
                return;
            }
            try {
                Files.deleteIfExists(temp);
                LIVE.remove(temp);
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
            if (isDiskFull(e)) {
                return new OutputException(target + ": cannot write (no space left on device: the disk is full)", e);
            }
            if (e instanceof FileSystemException f && f.getReason() != null) {
                return new OutputException(target + ": cannot write (" + f.getReason() + ")", e);
            }
            return new OutputException(target + ": cannot write (" + e.getMessage() + ")", e);
        }
    }

    /** ENOSPC, as the JDK words it (it has no exception type of its own). */
    static boolean isDiskFull(IOException e) {
        String reason = e instanceof FileSystemException f && f.getReason() != null ? f.getReason() : e.getMessage();
        return reason != null && reason.contains("No space left on device");
    }
}
