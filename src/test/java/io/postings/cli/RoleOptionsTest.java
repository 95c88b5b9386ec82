package io.postings.cli;

import static io.postings.cli.Cli.resource;
import static io.postings.cli.Cli.run;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Role options as analysts type them (issue 14), end to end: resolved through the role
 * taxonomy before any input is read, recorded in the JSON, told on standard error.
 */
class RoleOptionsTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;

    private static JsonNode json(Cli.Result r) throws Exception {
        assertThat(r.code()).as(r.err()).isZero();
        return JSON.readTree(r.out());
    }

    @Test
    void anAliasIsResolvedAndTheTypedTextKeptInTheJson() throws Exception {
        Cli.Result r = run("compare", "--a", "Backend Engineer", "--b", "DevOps", "-f", "json", resource("small.csv"));
        JsonNode report = json(r);

        assertThat(report.at("/a/role").asText()).isEqualTo("Backend Developer");
        assertThat(report.at("/a/requested").asText()).isEqualTo("Backend Engineer");
        assertThat(report.at("/a/postings").asLong()).isEqualTo(6);
        assertThat(report.at("/b/role").asText()).isEqualTo("DevOps Engineer");
        assertThat(report.at("/b/requested").asText()).isEqualTo("DevOps");
        assertThat(r.err()).isEqualTo("postings: --a is Backend Developer (from \"Backend Engineer\")\n"
                + "postings: --b is DevOps Engineer (from \"DevOps\")\n");
    }

    @Test
    void aCanonicalNameInAnyCaseRecordsNothingMore() throws Exception {
        Cli.Result r = run("compare", "--a", "backend developer", "--b", "DevOps Engineer", "-f", "json",
                resource("small.csv"));
        JsonNode report = json(r);

        assertThat(report.get("a").has("requested")).isFalse();
        assertThat(report.get("b").has("requested")).isFalse();
        assertThat(r.err()).isEmpty();
    }

    @Test
    void seniorityWordsAreDroppedAndTheUserIsTold() throws Exception {
        Cli.Result r = run("compare", "--a", "Sr. Backend Developer", "--b", "DevOps Engineer", resource("small.csv"));

        assertThat(r.code()).isZero();
        assertThat(r.out()).startsWith("Backend Developer vs DevOps Engineer");
        assertThat(r.err()).isEqualTo("postings: --a is Backend Developer (from \"Sr. Backend Developer\"; "
                + "seniority is a column, not a role)\n");
    }

    @ParameterizedTest(name = "--a \"{0}\" --b \"{1}\"")
    @CsvSource(delimiter = '|', textBlock = """
            Backend Developer | backend developer
            Backend Engineer  | Back-end Developer
            Sr. Backend Developer | backend
            """)
    void theSameRoleTwiceIsAUsageError(String a, String b) {
        Cli.Result r = run("compare", "--a", a, "--b", b, resource("small.csv"));

        assertThat(r.code()).isEqualTo(ExitCodes.USAGE);
        assertThat(r.out()).isEmpty();
        assertThat(r.err()).contains("--a and --b name the same role, Backend Developer");
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"compare", "report", "skills", "matrix", "check"})
    void anUnknownRoleFailsBeforeStandardInputIsRead(String command) throws Exception {
        AtomicBoolean read = new AtomicBoolean();
        InputStream endless = new InputStream() {
            @Override
            public int read() {
                read.set(true);
                return 'x';
            }
        };
        Path saved = dir.resolve("saved.json");
        Files.writeString(saved, "{\"schema\": \"postings.compare/1\", \"parameters\": {}, \"input\": {\"files\": [\"-\"]},"
                + " \"a\": {\"role\": \"Astronaut\"}, \"b\": {\"role\": \"DevOps Engineer\"}}");
        String[] args = switch (command) {
            case "compare" -> new String[] {"compare", "--a", "Astronaut", "--b", "DevOps", "-"};
            case "report" -> new String[] {"report", "--a", "Astronaut", "--b", "DevOps", "-o", dir.resolve("r").toString(), "-"};
            case "skills" -> new String[] {"skills", "--role", "Astronaut", "-"};
            case "matrix" -> new String[] {"matrix", "--role", "Backend Developer,Astronaut", "-"};
            default -> new String[] {"check", saved.toString()};
        };
        InputStream stdin = System.in;
        System.setIn(endless);
        try {
            Cli.Result r = run(args);

            assertThat(r.code()).isEqualTo(ExitCodes.USAGE);
            assertThat(r.err()).startsWith("postings: unknown role \"Astronaut\"");
            assertThat(read).as("standard input read before the role was resolved").isFalse();
        } finally {
            System.setIn(stdin);
        }
    }

    @Test
    void anUnknownRoleFailsWithoutOpeningAFifoThatNoOneWrites() throws Exception {
        Path fifo = dir.resolve("dump.csv");
        try {
            Assumptions.assumeTrue(new ProcessBuilder("mkfifo", fifo.toString()).start().waitFor() == 0);
        } catch (java.io.IOException e) {
            Assumptions.abort("no mkfifo here");
        }
        try {
            // Opening the FIFO blocks until a writer comes: only a command that never opens it can finish.
            Cli.Result r = assertTimeoutPreemptively(Duration.ofSeconds(20),
                    () -> run("compare", "--a", "Embeded Software Engineer", "--b", "DevOps", fifo.toString()));

            assertThat(r.code()).isEqualTo(ExitCodes.USAGE);
            assertThat(r.err()).startsWith("postings: unknown role \"Embeded Software Engineer\"; closest: "
                    + "\"Embedded Developer\" (as \"embedded software engineer\")");
        } finally {
            Thread unblock = new Thread(() -> {
                // WRITE alone: once the test's directory is being deleted, never create a file in it.
                try (OutputStream out = Files.newOutputStream(fifo, java.nio.file.StandardOpenOption.WRITE)) {
                    out.flush();
                } catch (java.io.IOException ignored) {
                    // nobody was reading: nothing to release
                }
            });
            unblock.setDaemon(true);
            unblock.start();
        }
    }

    @Test
    void skillsRecordsTheTypedRole() throws Exception {
        Cli.Result r = run("skills", "--role", "Back-end Engineer", "-f", "json", resource("small.csv"));
        JsonNode report = json(r);

        assertThat(report.get("role").asText()).isEqualTo("Backend Developer");
        assertThat(report.get("requested").asText()).isEqualTo("Back-end Engineer");
        assertThat(r.err()).isEqualTo("postings: --role is Backend Developer (from \"Back-end Engineer\")\n");
    }

    @Test
    void matrixTakesAliases() throws Exception {
        JsonNode report = json(run("matrix", "--role", "backend,SRE", "--min-postings", "1", "-f", "json",
                resource("small.csv")));

        assertThat(report.get("requested")).extracting(JsonNode::asText)
                .containsExactly("Backend Developer", "Site Reliability Engineer");
    }

    @Test
    void checkRecomputesAReportMadeWithAnAlias() throws Exception {
        Path out = dir.resolve("report");
        Cli.Result made = run("report", "--a", "Backend Engineer", "--b", "DevOps", "--out", out.toString(),
                resource("small.csv"));
        assertThat(made.code()).as(made.err()).isZero();
        assertThat(Files.readString(out.resolve("report.json"))).contains("\"requested\": \"Backend Engineer\"");

        Cli.Result r = run("check", out.resolve("report.json").toString());

        assertThat(r.code()).as(r.out()).isZero();
        assertThat(r.err()).isEmpty();
    }

    @Test
    void rolesListsEveryRoleWithItsAliases() throws Exception {
        Cli.Result table = run("roles", "--aliases", resource("small.csv"));
        assertThat(table.code()).isZero();
        assertThat(table.out()).contains("Names each role goes by")
                .containsPattern("Backend Developer\\s+6\\s+backend engineer, back end developer")
                .containsPattern("Site Reliability Engineer\\s+0\\s+sre, site reliability");
        assertThat(run("roles", "-v", resource("small.csv")).out()).isEqualTo(table.out());

        JsonNode report = json(run("roles", "--aliases", "-f", "json", resource("small.csv")));
        JsonNode first = report.get("aliases").get(0);
        assertThat(first.get("role").asText()).isEqualTo("Backend Developer");
        assertThat(first.get("aliases")).extracting(JsonNode::asText).contains("backend engineer", "backend");
        assertThat(first.get("exclusions")).extracting(JsonNode::asText).contains("asic");
        assertThat(json(run("roles", "-f", "json", resource("small.csv"))).has("aliases")).isFalse();
    }
}
