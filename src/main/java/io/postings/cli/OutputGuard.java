package io.postings.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import picocli.CommandLine.Model.CommandSpec;

/**
 * Every file a run reads and every file it writes, so that no output replaces an input (a dump,
 * a taxonomy, a skills table, the report {@code check} recomputes) or another output of the
 * same run. Files are compared as the file system sees them: through symbolic links and
 * {@code ..}, and hard links by their file key (device and inode). A clash is a usage error
 * naming both paths, raised before anything is written. Devices and pipes ({@code /dev/null},
 * a FIFO) are written through, not replaced, so they clash with nothing.
 */
final class OutputGuard {
    /** A file the run uses: what names it (an option, "input") and where it is. */
    private record Claim(String what, Path path, Object identity) {
    }

    private final List<Claim> reads = new ArrayList<>();
    private final List<Claim> writes = new ArrayList<>();

    /** The run's guard ({@link Main} keeps one), or a new one for a command run on its own. */
    static OutputGuard of(CommandSpec command) {
        Object root = command == null ? null : command.root().userObject();
        return root instanceof Main main ? main.pending.guard : new OutputGuard();
    }

    /** The run reads {@code path} ("-", standard input, is no file); fails when an output is that file. */
    void reads(String what, String path) {
        Claim claim = path == null ? null : claim(what, Path.of(path));
        if (claim == null) {
            return;
        }
        Claim write = same(writes, claim);
        if (write != null) {
            throw clash(write, claim);
        }
        reads.add(claim);
    }

    /** The run writes {@code path}; fails when that file is one it reads or another of its outputs. */
    void writes(String what, Path path) {
        Claim claim = path == null ? null : claim(what, path);
        if (claim == null) {
            return;
        }
        Claim read = same(reads, claim);
        if (read != null) {
            throw clash(claim, read);
        }
        Claim w = same(writes, claim);
        if (w != null) {
            if (w.what().equals(what) && w.path().equals(path)) {
                return; // the same claim made twice (checked early, then again when written)
            }
            throw new UsageException(w.what() + " " + w.path() + " and " + what + " " + path
                    + " are the same file: one output would overwrite the other; give them different names");
        }
        writes.add(claim);
    }

    /** A claim on {@code path}, or null for standard input or output and for a file written through. */
    private static Claim claim(String what, Path path) {
        if ("-".equals(path.toString())) {
            return null;
        }
        Object id = identity(path);
        return id == null ? null : new Claim(what, path, id);
    }

    /** The claim among {@code claims} on the same file as {@code claim}, or null. */
    private static Claim same(List<Claim> claims, Claim claim) {
        for (Claim c : claims) {
            if (c.identity().equals(claim.identity())) {
                return c;
            }
        }
        return null;
    }

    private static UsageException clash(Claim write, Claim read) {
        String same = write.path().equals(read.path()) ? "" : " (the same file)";
        return new UsageException(write.what() + " " + write.path() + " would overwrite " + read.what() + " "
                + read.path() + same + "; write the output somewhere else");
    }

    /**
     * What identifies the file {@code path} names: its file key when it exists (or its real
     * path where the file system has no keys), else the real path of its directory and its
     * name (following a dangling link to where it points); null for a device, pipe or socket,
     * which are written through and cannot be destroyed by an output.
     */
    static Object identity(Path path) {
        Path p = path.toAbsolutePath();
        try {
            if (Files.exists(p)) {
                BasicFileAttributes a = Files.readAttributes(p, BasicFileAttributes.class);
                if (!a.isRegularFile() && !a.isDirectory() || writesThrough(p)) {
                    return null;
                }
                return Objects.requireNonNullElse(a.fileKey(), p.toRealPath());
            }
            Path target = AtomicFile.linkTarget(p);
            Path parent = target.getParent();
            Path realParent = parent != null && Files.isDirectory(parent) ? parent.toRealPath() : parent;
            return realParent == null ? target.normalize() : realParent.resolve(target.getFileName());
        } catch (IOException e) {
            // Cannot be looked at: the write or read itself will fail with its own message.
            return p.normalize();
        }
    }

    /** Paths under /dev and /proc (/dev/stdout, /proc/self/fd/1): written through, never replaced. */
    static boolean writesThrough(Path absolute) {
        Path p = absolute.normalize();
        if (p.startsWith("/dev") || p.startsWith("/proc")) {
            return true;
        }
        return Files.exists(p) && !Files.isRegularFile(p) && !Files.isDirectory(p);
    }
}
