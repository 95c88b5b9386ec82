package io.postings.input;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.zip.GZIPInputStream;

/**
 * Opens an input by name ("-" is standard input), undoes gzip when the bytes say so
 * (whatever the file is called), skips a UTF-8 byte-order mark, and picks the reader from
 * the name's extension or, failing that, from the first non-blank byte.
 */
public final class InputOpener {
    private static final int BUFFER = 1 << 16;

    private final InputStream stdin;

    public InputOpener(InputStream stdin) {
        this.stdin = stdin;
    }

    public RecordReader open(String path, RejectListener rejects) throws IOException {
        return open(Source.of(path), rejects);
    }

    public RecordReader open(Source source, RejectListener rejects) throws IOException {
        String name = source.name();
        InputStream raw = raw(source.path(), name);
        try {
            InputStream in = decompressed(raw, name);
            skipBom(in);
            Format format = formatOf(name, in);
            return switch (format) {
                case CSV -> new CsvRecordReader(name, in, rejects);
                case JSON, JSONL -> new JsonRecordReader(name, in, rejects);
            };
        } catch (IOException | RuntimeException e) {
            try {
                raw.close();
            } catch (IOException suppressed) {
                e.addSuppressed(suppressed);
            }
            throw e;
        }
    }

    private InputStream raw(String location, String name) throws IOException {
        if ("-".equals(location)) {
            return new BufferedInputStream(stdin, BUFFER);
        }
        Path path = Path.of(location);
        if (Files.isDirectory(path)) {
            throw new InputException(name + ": is a directory, not a file");
        }
        try {
            return new BufferedInputStream(Files.newInputStream(path), BUFFER);
        } catch (NoSuchFileException e) {
            throw new InputException(name + ": no such file");
        } catch (AccessDeniedException e) {
            throw new InputException(name + ": permission denied");
        }
    }

    private static InputStream decompressed(InputStream in, String name) throws IOException {
        in.mark(2);
        int b1 = in.read();
        int b2 = in.read();
        in.reset();
        if (b1 == 0x1f && b2 == 0x8b) {
            try {
                return new BufferedInputStream(new GZIPInputStream(in, BUFFER), BUFFER);
            } catch (IOException e) {
                throw new InputException(name + ": not a readable gzip stream (" + e.getMessage() + ")", e);
            }
        }
        return in;
    }

    private static void skipBom(InputStream in) throws IOException {
        in.mark(3);
        if (!(in.read() == 0xEF && in.read() == 0xBB && in.read() == 0xBF)) {
            in.reset();
        }
    }

    static Format formatOf(String name, InputStream in) throws IOException {
        String lower = name.toLowerCase(Locale.ROOT);
        if (lower.endsWith(".gz")) {
            lower = lower.substring(0, lower.length() - 3);
        }
        if (lower.endsWith(".csv") || lower.endsWith(".tsv") || lower.endsWith(".txt")) {
            return Format.CSV;
        }
        if (lower.endsWith(".jsonl") || lower.endsWith(".ndjson")) {
            return Format.JSONL;
        }
        if (lower.endsWith(".json")) {
            return Format.JSON;
        }
        in.mark(4096);
        try {
            for (int i = 0; i < 4096; i++) {
                int c = in.read();
                if (c < 0) {
                    break;
                }
                if (!Character.isWhitespace(c)) {
                    return c == '[' ? Format.JSON : c == '{' ? Format.JSONL : Format.CSV;
                }
            }
            return Format.CSV;
        } finally {
            in.reset();
        }
    }
}
