package io.postings.cli;

import io.postings.generate.PostingGenerator;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.zip.GZIPOutputStream;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "generate", sortOptions = false, mixinStandardHelpOptions = true, versionProvider = Main.Version.class,
        description = "Write a deterministic synthetic dump shaped like the published market figures.",
        footer = {"", "Examples:",
                "  postings generate --rows 1000000 --out big.csv.gz",
                "  postings generate --rows 5000 --seed 7 --format jsonl > small.jsonl"})
final class GenerateCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--rows", paramLabel = "N", defaultValue = "100000",
            description = "Rows to write (duplicates included). Default: ${DEFAULT-VALUE}.")
    long rows;

    @Option(names = "--seed", paramLabel = "N", defaultValue = "2026",
            description = "Random seed: the same seed and rows give the same bytes. Default: ${DEFAULT-VALUE}.")
    long seed;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "csv",
            description = "csv (canonical columns), jsonl (the same as JSON Lines) or jobspy (JobSpy-like CSV whose "
                    + "skills live only in descriptions). Default: ${DEFAULT-VALUE}.")
    String format;

    @Option(names = {"-o", "--out"}, paramLabel = "FILE",
            description = "Write to FILE (gzipped when it ends in .gz; atomically) instead of standard output; - is standard output.")
    Path out;

    @Override
    public Integer call() throws Exception {
        if (rows < 0) {
            throw new UsageException("--rows must not be negative");
        }
        PostingGenerator.OutputFormat fmt = Choices.<PostingGenerator.OutputFormat>of("--format")
                .add(PostingGenerator.OutputFormat.CSV, "csv")
                .add(PostingGenerator.OutputFormat.JSONL, "jsonl", "json")
                .add(PostingGenerator.OutputFormat.JOBSPY, "jobspy")
                .parse(format);
        PostingGenerator generator = new PostingGenerator(seed);
        if (out == null || "-".equals(out.toString())) {
            Writer w = spec.commandLine().getOut();
            generator.write(rows, fmt, w);
            w.flush();
        } else if (out.toString().endsWith(".gz")) {
            AtomicFile.writeBytes(out, stream -> {
                try (Writer w = gzipWriter(stream)) {
                    generator.write(rows, fmt, w);
                }
            });
        } else {
            AtomicFile.write(out, w -> generator.write(rows, fmt, w));
        }
        return ExitCodes.OK;
    }

    private static Writer gzipWriter(OutputStream stream) throws IOException {
        return new BufferedWriter(new OutputStreamWriter(new GZIPOutputStream(stream, 1 << 16), StandardCharsets.UTF_8), 1 << 16);
    }
}
