package io.postings.input;

import java.io.BufferedInputStream;
import java.io.EOFException;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.function.Consumer;
import java.util.function.LongConsumer;

/**
 * Opens an input by name ("-" is standard input), undoes gzip when the bytes say so
 * (whatever the file is called), skips a UTF-8 byte-order mark, and picks the reader from
 * the name's extension or, failing that, from the first non-blank byte.
 */
public final class InputOpener {
    private static final int BUFFER = 1 << 16;

    private final InputStream stdin;
    private final LongConsumer bytesRead;
    private CsvQuote quoting = CsvQuote.AUTO;

    public InputOpener(InputStream stdin) {
        this(stdin, null);
    }

    /** As {@link #InputOpener(InputStream)}, telling {@code bytesRead} how many raw bytes each read took (progress). */
    public InputOpener(InputStream stdin, LongConsumer bytesRead) {
        this.stdin = stdin;
        this.bytesRead = bytesRead;
    }

    /** CSV inputs are read with this quoting ({@code --quote}); sniffed by default. */
    public InputOpener quoting(CsvQuote quoting) {
        this.quoting = quoting;
        return this;
    }

    public RecordReader open(String path, RejectListener rejects) throws IOException {
        return open(Source.of(path), rejects);
    }

    public RecordReader open(Source source, RejectListener rejects) throws IOException {
        return open(source, rejects, opened -> { });
    }

    /** As {@link #open(Source, RejectListener)}, telling {@code opened} what the bytes turned out to be (inspect). */
    public RecordReader open(Source source, RejectListener rejects, Consumer<Opened> opened) throws IOException {
        Checksum[] sum = new Checksum[1];
        InputStream raw = raw(source.path(), source.name(), sum);
        try {
            return open(raw, source.name(), rejects, o -> opened.accept(o.withChecksum(sum[0])), quoting);
        } catch (IOException | RuntimeException e) {
            sum[0].release(); // the checksum defers closing the bytes to its owner, which never got them
            throw e;
        }
    }

    /**
     * As {@link #open(Source, RejectListener)}, over bytes opened elsewhere (a distributed run's
     * file system): the reader owns {@code bytes} and closes them.
     */
    public static RecordReader open(InputStream bytes, String name, RejectListener rejects) throws IOException {
        return open(bytes, name, rejects, CsvQuote.AUTO);
    }

    /** As above, CSV read with this quoting ({@code --quote}). */
    public static RecordReader open(InputStream bytes, String name, RejectListener rejects, CsvQuote quoting)
            throws IOException {
        return open(new BufferedInputStream(bytes, BUFFER), name, rejects, opened -> { }, quoting);
    }

    private static RecordReader open(InputStream raw, String name, RejectListener rejects, Consumer<Opened> opened,
            CsvQuote quoting) throws IOException {
        try {
            InputStream in = decompressed(raw, name);
            boolean bom = skipBom(in);
            refuseNonText(in, name);
            Format format = formatOf(name, in);
            opened.accept(new Opened(format, in != raw, bom));
            return switch (format) {
                case CSV -> new CsvRecordReader(name, in, rejects, quoting);
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

    /** The input's bytes, buffered, with their checksum taken underneath ({@code sum[0]}). */
    private InputStream raw(String location, String name, Checksum[] sum) throws IOException {
        if ("-".equals(location)) {
            sum[0] = new Checksum(stdin);
            return new BufferedInputStream(counted(sum[0]), BUFFER);
        }
        Path path = Path.of(location);
        if (Files.isDirectory(path)) {
            throw new InputException(name + ": is a directory, not a file");
        }
        try {
            // A pipe, FIFO or process substitution (<(zcat dump.gz)) is read as a stream: the channel
            // Files.newInputStream gives asks its position, which a pipe does not have ("Illegal seek").
            InputStream bytes = Files.exists(path) && !Files.isRegularFile(path)
                    ? new java.io.FileInputStream(path.toFile()) : Files.newInputStream(path);
            sum[0] = new Checksum(bytes);
            return new BufferedInputStream(counted(sum[0]), BUFFER);
        } catch (java.io.FileNotFoundException e) {
            throw new InputException(name + ": cannot open (" + e.getMessage() + ")", e);
        } catch (NoSuchFileException e) {
            throw new InputException(name + ": no such file");
        } catch (AccessDeniedException e) {
            throw new InputException(name + ": permission denied");
        } catch (FileSystemException e) {
            throw new InputException(name + ": cannot open (" + e.getReason() + ")", e);
        }
    }

    private InputStream counted(InputStream in) {
        return bytesRead == null ? in : new CountingInputStream(in, bytesRead);
    }

    private static InputStream decompressed(InputStream in, String name) throws IOException {
        in.mark(2);
        int b1 = in.read();
        int b2 = in.read();
        in.reset();
        if (b1 == 0x1f && b2 == 0x8b) {
            try {
                return new BufferedInputStream(new GzipErrors(new GzipMembers(in), name), BUFFER);
            } catch (EOFException e) {
                throw new InputException(name + ": truncated gzip stream (it ends inside the gzip header)", e);
            } catch (IOException e) {
                throw new InputException(name + ": not a readable gzip stream (" + e.getMessage() + ")", e);
            }
        }
        return in;
    }

    /**
     * Failures of the gzip layer in words, whichever reader meets them: the compressed data
     * ending early is a truncated file (an interrupted download), a bad block or checksum is
     * corruption.
     */
    private static final class GzipErrors extends FilterInputStream {
        private final String name;

        GzipErrors(InputStream in, String name) {
            super(in);
            this.name = name;
        }

        @Override
        public int read() throws IOException {
            try {
                return super.read();
            } catch (IOException e) {
                throw translated(e);
            }
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            try {
                return super.read(b, off, len);
            } catch (IOException e) {
                throw translated(e);
            }
        }

        private IOException translated(IOException e) {
            if (e instanceof InputException) {
                return e;
            }
            if (e instanceof EOFException) {
                return new InputException(name + ": truncated gzip stream (the file ends mid-stream: an interrupted"
                        + " download?)", e);
            }
            return new InputException(name + ": corrupt gzip stream (" + e.getMessage() + ")", e);
        }
    }

    /**
     * Fails on what is not a text dump, from its first bytes: archives and compressions we do
     * not read, images and documents, UTF-16 text, an HTML page saved in place of a download,
     * or any NUL byte (which text never holds). Without this such a file reads as one odd
     * CSV column and the run ends in "no records" or worse, nonsense numbers.
     */
    static void refuseNonText(InputStream in, String name) throws IOException {
        byte[] head = new byte[SNIFF];
        in.mark(SNIFF);
        int n = 0;
        try {
            for (int r; n < SNIFF && (r = in.read(head, n, SNIFF - n)) > 0; ) {
                n += r;
            }
        } finally {
            in.reset();
        }
        String kind = nonText(head, n);
        if (kind != null) {
            throw new InputException(name + ": not a CSV or JSON dump: " + kind);
        }
    }

    private static final int SNIFF = 8192;

    static String nonText(byte[] b, int n) {
        if (starts(b, n, 'P', 'K', 3, 4) || starts(b, n, 'P', 'K', 5, 6)) {
            return "a ZIP archive (an .xlsx workbook?); unzip it or export it as CSV first";
        }
        if (starts(b, n, 'B', 'Z', 'h')) {
            return "bzip2-compressed; decompress it first (only gzip is read)";
        }
        if (starts(b, n, 0xFD, '7', 'z', 'X', 'Z', 0)) {
            return "xz-compressed; decompress it first (only gzip is read)";
        }
        if (starts(b, n, 0x28, 0xB5, 0x2F, 0xFD)) {
            return "zstd-compressed; decompress it first (only gzip is read)";
        }
        if (starts(b, n, '7', 'z', 0xBC, 0xAF, 0x27, 0x1C)) {
            return "a 7-Zip archive; extract it first";
        }
        if (starts(b, n, 0x1f, 0x8b)) {
            return "gzip inside gzip; decompress it once first";
        }
        if (starts(b, n, 0xFF, 0xFE) || starts(b, n, 0xFE, 0xFF)) {
            return "UTF-16 text; convert it to UTF-8 first";
        }
        if (starts(b, n, 0x89, 'P', 'N', 'G')) {
            return "a PNG image";
        }
        if (starts(b, n, 0xFF, 0xD8, 0xFF)) {
            return "a JPEG image";
        }
        if (starts(b, n, 'G', 'I', 'F', '8')) {
            return "a GIF image";
        }
        if (starts(b, n, '%', 'P', 'D', 'F')) {
            return "a PDF document";
        }
        String text = new String(b, 0, Math.min(n, 64), java.nio.charset.StandardCharsets.ISO_8859_1)
                .stripLeading().toLowerCase(Locale.ROOT);
        if (text.startsWith("<!doctype html") || text.startsWith("<html")) {
            return "an HTML page (a failed download or a login page?)";
        }
        if (text.startsWith("<?xml")) {
            return "an XML document";
        }
        for (int i = 0; i < n; i++) {
            if (b[i] == 0) {
                return "binary data (a NUL byte at offset " + i + ")";
            }
        }
        return null;
    }

    private static boolean starts(byte[] b, int n, int... magic) {
        if (n < magic.length) {
            return false;
        }
        for (int i = 0; i < magic.length; i++) {
            if ((b[i] & 0xFF) != magic[i]) {
                return false;
            }
        }
        return true;
    }

    private static boolean skipBom(InputStream in) throws IOException {
        in.mark(3);
        if (!(in.read() == 0xEF && in.read() == 0xBB && in.read() == 0xBF)) {
            in.reset();
            return false;
        }
        return true;
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
