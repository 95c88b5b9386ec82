package io.postings.cli;

import static io.postings.cli.Cli.run;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * No output ever destroys an input or another output of the same run, however it is named
 * (the same path, a symbolic link, {@code ..}, a hard link): that is a usage error naming
 * both, before anything is written. Devices and pipes are written through; a link is written
 * through to its target and stays a link; {@code -o -} is standard output; an interrupted run
 * leaves no temporary file.
 */
class OutputPathsTest {
    private static final String SMALL = "src/test/resources/cli/small.csv";

    @TempDir
    Path dir;

    private Path input;
    private String original;

    @BeforeEach
    void input() throws IOException {
        original = Files.readString(Path.of(SMALL));
        input = Files.writeString(dir.resolve("g.csv"), original);
    }

    private static List<String> compare(String... extra) {
        List<String> args = new ArrayList<>(List.of("compare", "--a", "Backend Developer", "--b", "DevOps Engineer"));
        args.addAll(List.of(extra));
        return args;
    }

    private Cli.Result refused(List<String> args, String... named) throws IOException {
        Cli.Result r = run(args.toArray(String[]::new));
        assertThat(r.code()).as(r.err()).isEqualTo(ExitCodes.USAGE);
        assertThat(r.err()).startsWith("postings: ").contains(named).hasLineCount(1);
        assertThat(r.out()).isEmpty();
        assertThat(Files.readString(input)).as("the input is untouched").isEqualTo(original);
        assertNoTemporaryFiles();
        return r;
    }

    private void assertNoTemporaryFiles() throws IOException {
        try (Stream<Path> all = Files.walk(dir)) {
            assertThat(all.map(Path::toString).filter(p -> p.endsWith(".tmp"))).isEmpty();
        }
    }

    @Test
    void anOutputThatIsAnInputIsRefused() throws IOException {
        refused(compare("-o", input.toString(), input.toString()), "--out " + input, "input " + input);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"compare", "matrix", "skills", "roles", "profiles", "inspect"})
    void everyCommandGoesThroughTheSameGuard(String command) throws IOException {
        List<String> args = new ArrayList<>(List.of(command));
        switch (command) {
            case "compare" -> args.addAll(List.of("--a", "Backend Developer", "--b", "DevOps Engineer"));
            case "skills" -> args.addAll(List.of("--role", "Backend Developer"));
            default -> { }
        }
        args.addAll(List.of("-o", input.toString(), input.toString()));
        refused(args, "--out " + input, "input " + input);

        List<String> rejects = new ArrayList<>(args.subList(0, args.size() - 3));
        rejects.addAll(List.of("--rejects", input.toString(), input.toString()));
        refused(rejects, "--rejects " + input);

        List<String> dash = new ArrayList<>(args.subList(0, args.size() - 3));
        dash.addAll(List.of("-o", "-", input.toString()));
        Cli.Result r = run(dash.toArray(String[]::new));
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.out()).isNotEmpty();
    }

    @Test
    void generateWritesDashToStandardOutput() {
        Cli.Result r = run("generate", "--rows", "3", "-o", "-");

        assertThat(r.code()).isZero();
        assertThat(r.out()).startsWith("id,title,");
    }

    @Test
    void rejectsThatAreTheInputAreRefused() throws IOException {
        refused(compare("--rejects", input.toString(), input.toString()), "--rejects " + input);
    }

    @Test
    void aReportDirectoryHoldingTheInputIsRefused() throws IOException {
        Path d = Files.createDirectory(dir.resolve("d"));
        input = Files.writeString(d.resolve("report.md"), original);

        refused(List.of("report", "--a", "Backend Developer", "--b", "DevOps Engineer", "--out", d.toString(),
                input.toString()), "report.md");
    }

    @Test
    void twoOutputsOfOneRunMustDiffer() throws IOException {
        Path x = dir.resolve("x.json");

        refused(compare("-f", "json", "-o", x.toString(), "--rejects", x.toString(), input.toString()),
                "--out " + x, "--rejects " + x, "same file");
        assertThat(x).doesNotExist();
    }

    @Test
    void linksDotDotAndHardLinksAreTheSameFile() throws IOException {
        Path link = Files.createSymbolicLink(dir.resolve("link.csv"), input);
        Path sub = Files.createDirectory(dir.resolve("sub"));
        Path hard = Files.createLink(dir.resolve("hard.csv"), input);

        refused(compare("-o", link.toString(), input.toString()), link.toString(), input.toString(), "the same file");
        refused(compare("-o", sub.resolve("../g.csv").toString(), input.toString()), "../g.csv");
        refused(compare("-o", hard.toString(), input.toString()), hard.toString());
        assertThat(Files.isSymbolicLink(link)).isTrue();
    }

    @Test
    void taxonomyAndSkillsFilesAreInputsToo() throws IOException {
        Path roles = Files.writeString(dir.resolve("roles.txt"), "Backend Developer | backend engineer\n");

        refused(compare("--roles", "+" + roles, "-o", roles.toString(), input.toString()), "--roles " + roles);
        refused(compare("--skills-file", input.toString(), "-o", input.toString(), SMALL), "--skills-file " + input);
    }

    @Test
    void checkNeverOverwritesTheReportItRecomputes() throws IOException {
        Path saved = dir.resolve("saved.json");
        assertThat(run(compare("-f", "json", "-o", saved.toString(), input.toString()).toArray(String[]::new)).code())
                .isZero();
        String before = Files.readString(saved);

        Cli.Result r = run("check", saved.toString(), "-f", "json", "-o", saved.toString(), input.toString());

        assertThat(r.code()).isEqualTo(ExitCodes.USAGE);
        assertThat(r.err()).contains("--out " + saved, "EXPECTED.json " + saved);
        assertThat(Files.readString(saved)).isEqualTo(before);
    }

    @Test
    void aLinkIsWrittenThroughAndStaysALink() throws IOException {
        Path target = Files.writeString(dir.resolve("target.txt"), "old");
        Path link = Files.createSymbolicLink(dir.resolve("out.txt"), target);

        Cli.Result r = run(compare("-o", link.toString(), input.toString()).toArray(String[]::new));

        assertThat(r.code()).as(r.err()).isZero();
        assertThat(Files.isSymbolicLink(link)).isTrue();
        assertThat(Files.readString(target)).contains("Backend Developer");
        assertNoTemporaryFiles();
    }

    @Test
    void dashIsStandardOutput() {
        Cli.Result plain = run(compare(input.toString()).toArray(String[]::new));
        Cli.Result dash = run(compare("-o", "-", input.toString()).toArray(String[]::new));

        assertThat(dash.code()).isZero();
        assertThat(dash.out()).isEqualTo(plain.out()).contains("Backend Developer");
        assertThat(Path.of("-")).doesNotExist();
    }

    @Test
    void standardInputCanBeReadOnlyOnce() {
        Cli.Result r = run(compare("-", "-").toArray(String[]::new));

        assertThat(r.code()).isEqualTo(ExitCodes.USAGE);
        assertThat(r.err()).isEqualTo("postings: standard input (-) can be read only once; it is named 2 times\n");
    }

    @Test
    void devicesAreWrittenThroughNotReplaced() throws IOException {
        assumeThat(Path.of("/dev/null")).exists();

        Cli.Result nul = run(compare("-o", "/dev/null", "--rejects", "/dev/null", input.toString()).toArray(String[]::new));

        assertThat(nul.code()).as(nul.err()).isZero();
        assertThat(Files.isRegularFile(Path.of("/dev/null"))).isFalse();
    }

    @Test
    void aFullDiskIsAnOutputErrorSayingSo() {
        assumeThat(Path.of("/dev/full")).exists();

        Cli.Result r = run(compare("-o", "/dev/full", input.toString()).toArray(String[]::new));

        assertThat(r.code()).isEqualTo(ExitCodes.OUTPUT);
        assertThat(r.err()).isEqualTo("postings: /dev/full: cannot write (no space left on device: the disk is full)\n");
    }

    @Test
    void aFifoIsWrittenThrough() throws Exception {
        Path fifo = dir.resolve("out.fifo");
        assumeThat(new ProcessBuilder("mkfifo", fifo.toString()).start().waitFor()).isZero();
        StringBuilder read = new StringBuilder();
        Thread reader = new Thread(() -> {
            try (InputStream in = Files.newInputStream(fifo)) {
                read.append(new String(in.readAllBytes(), StandardCharsets.UTF_8));
            } catch (IOException e) {
                read.append("failed: ").append(e);
            }
        });
        reader.start();

        Cli.Result r = run(compare("-o", fifo.toString(), input.toString()).toArray(String[]::new));
        reader.join(10_000);

        assertThat(r.code()).as(r.err()).isZero();
        assertThat(read.toString()).contains("Backend Developer");
        assertThat(Files.isRegularFile(fifo)).isFalse();
    }

    @ParameterizedTest(name = "SIG{0}")
    @ValueSource(strings = {"TERM", "INT", "HUP"})
    void anInterruptedRunLeavesNoTemporaryFileAndTheOldTarget(String signal) throws Exception {
        Path out = Files.writeString(dir.resolve("big.csv.gz"), "old");
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process process = new ProcessBuilder(List.of(java, "-cp", System.getProperty("java.class.path"),
                Main.class.getName(), "generate", "--rows", "100000000", "-o", out.toString()))
                .redirectErrorStream(true).start();
        try {
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
            while (temporaryFiles().isEmpty() && System.nanoTime() < deadline) {
                Thread.sleep(20);
            }
            assertThat(temporaryFiles()).as("the run began writing").isNotEmpty();
            assertThat(new ProcessBuilder("kill", "-" + signal, Long.toString(process.pid())).start().waitFor()).isZero();
            assertThat(process.waitFor(30, TimeUnit.SECONDS)).isTrue();
        } finally {
            process.destroyForcibly();
        }

        assertThat(temporaryFiles()).isEmpty();
        assertThat(Files.readString(out)).isEqualTo("old");
    }

    private List<Path> temporaryFiles() throws IOException {
        try (Stream<Path> all = Files.list(dir)) {
            return all.filter(p -> p.getFileName().toString().endsWith(".tmp")).toList();
        }
    }

    @Test
    void checkReadsNoFileOutsideTheWorkingDirectoryUnlessAllowed() throws IOException {
        Path saved = dir.resolve("saved.json");
        assertThat(run(compare("-f", "json", "-o", saved.toString(), input.toString()).toArray(String[]::new)).code())
                .isZero();
        // The saved report names an input outside the working directory (as one from a pull request could).
        Files.writeString(saved, Files.readString(saved).replace("\"" + input + "\"", "\"" + input.toAbsolutePath() + "\""));

        Cli.Result refused = run("check", saved.toString());
        Cli.Result allowed = run("check", "--allow-outside", saved.toString());
        Cli.Result named = run("check", saved.toString(), input.toString());

        assertThat(refused.code()).isEqualTo(ExitCodes.USAGE);
        assertThat(refused.err()).isEqualTo("postings: " + saved + " names input '" + input.toAbsolutePath()
                + "', outside the working directory; check reads only files inside it unless --allow-outside is given"
                + " (or name the inputs on the command line)\n");
        assertThat(allowed.code()).as(allowed.err()).isZero();
        assertThat(named.code()).as(named.err()).isZero();
    }
}
