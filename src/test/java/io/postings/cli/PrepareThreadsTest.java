package io.postings.cli;

import static io.postings.cli.Cli.run;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code --threads} changes how many threads normalize rows, never a byte of what comes out:
 * the same output, errors and exit codes with one preparing thread as with several, on CSV and
 * on a JSON export whose format is learnt from its first records and which has notices among
 * its postings.
 */
class PrepareThreadsTest {
    private static final String[] THREADS = {"1", "2", "5"};

    @TempDir
    Path dir;

    @Test
    void theSampleGivesTheSameBytesWithAnyNumberOfThreads() {
        assertSameWithAnyThreads("compare", "-f", "json", "--a", "Backend Developer", "--b", "DevOps Engineer");
        assertSameWithAnyThreads("compare", "--dedupe", "content", "--role", "Backend Developer,DevOps Engineer,SRE");
        assertSameWithAnyThreads("profile", "-f", "json", "--role", "Data Scientist");
        assertSameWithAnyThreads("inspect", "-f", "json");
        assertSameWithAnyThreads("skills", "-f", "json", "--role", "Data Engineer", "--country", "US");
    }

    @Test
    void aJsonExportWithNoticesAndLateColumnsGivesTheSameBytesWithAnyNumberOfThreads() throws IOException {
        Path json = remoteOkLike(3_000);

        assertSameWithAnyThreads("compare", "-f", "json", "--a", "Backend Developer", "--b", "DevOps Engineer",
                json.toString());
        assertSameWithAnyThreads("inspect", "-f", "json", json.toString());
        Cli.Result strict = assertSameWithAnyThreads("compare", "--strict", "--a", "Backend Developer", "--b",
                "DevOps Engineer", json.toString());
        assertThat(strict.code()).isEqualTo(ExitCodes.INPUT);
        assertThat(strict.err()).contains(json + ":").contains("salary");
    }

    @Test
    void aMappedColumnOnlyLaterRecordsHaveIsFoundWhicheverThreadPreparedThem() throws IOException {
        // Only records past 2,000 have "level_x": with several threads they are prepared on the
        // other threads, whose column maps must report what they saw.
        Path json = remoteOkLike(3_000);

        Cli.Result found = assertSameWithAnyThreads("compare", "-f", "json", "--map", "seniority=level_x",
                "--a", "Backend Developer", "--b", "DevOps Engineer", json.toString());
        assertThat(found.code()).as(found.err()).isZero();
        Cli.Result missing = assertSameWithAnyThreads("compare", "--map", "seniority=level_y",
                "--a", "Backend Developer", "--b", "DevOps Engineer", json.toString());
        assertThat(missing.code()).isEqualTo(ExitCodes.USAGE);
        assertThat(missing.err()).contains("no input has a column 'level_y'");
    }

    @Test
    void aThreadCountOutsideOneTo64IsAUsageError() {
        assertThat(Cli.usageError("compare", "--threads", "0", "--a", "Backend Developer", "--b", "DevOps Engineer"))
                .isEqualTo("postings: --threads must be from 1 to 64, not 0\n");
        assertThat(Cli.usageError("roles", "--threads", "65"))
                .isEqualTo("postings: --threads must be from 1 to 64, not 65\n");
    }

    /** Runs the command with each of {@link #THREADS}; all must agree on output, error and exit code. */
    private static Cli.Result assertSameWithAnyThreads(String... args) {
        Cli.Result first = null;
        for (String threads : THREADS) {
            List<String> withThreads = new ArrayList<>(List.of(args));
            withThreads.add("--threads");
            withThreads.add(threads);
            Cli.Result r = run(withThreads.toArray(String[]::new));
            if (first == null) {
                first = r;
                assertThat(r.out().length() + r.err().length()).as("something is said").isPositive();
            } else {
                assertThat(r).as("--threads %s against 1: %s", threads, String.join(" ", args)).isEqualTo(first);
            }
        }
        return first;
    }

    /**
     * A RemoteOK-shaped export: a legal notice first and another among the jobs (not postings),
     * two roles, salaries with a few unreadable ones deep in the file, dates, the slug (one of
     * the names the format is recognised by) only in the first 1,000 jobs, and a column only
     * the jobs past 2,000 have.
     */
    private Path remoteOkLike(int jobs) throws IOException {
        StringBuilder b = new StringBuilder("[{\"last_updated\":1773720015,\"legal\":\"API Terms of Service\"}");
        String[] positions = {"Senior Backend Developer", "DevOps Engineer", "Backend Engineer", "Site Reliability Engineer"};
        for (int i = 1; i <= jobs; i++) {
            if (i == 1_500) {
                b.append(",{\"legal\":\"again\"}");
            }
            String salary = i % 997 == 0 ? "\"lots\"" : String.valueOf(90_000 + (i * 7_919) % 80_000);
            // Past 1,000 the slug is left out, as exports leave out null fields: only the format
            // learnt from the first records says these are RemoteOK's (work mode, title column).
            b.append(i <= 1_000 ? ",{\"slug\":\"job-" + i + "\"," : ",{").append("\"id\":\"").append(i % 1_300 == 0 ? 1 : i)
                    .append("\",\"epoch\":1773619203,\"date\":\"2026-0").append(1 + i % 9).append("-1")
                    .append(i % 10).append("T00:00:03+00:00\",\"company\":\"Company ").append(i % 41)
                    .append("\",\"position\":\"").append(positions[i % positions.length])
                    .append("\",\"location\":\"").append(i % 3 == 0 ? "Berlin" : "United States")
                    .append("\",\"salary_min\":").append(salary).append(",\"salary_max\":0");
            if (i > 2_000) {
                b.append(",\"level_x\":\"").append(i % 2 == 0 ? "senior" : "junior").append('"');
            }
            b.append('}');
        }
        b.append(']');
        return Files.writeString(dir.resolve("remoteok.json"), b);
    }
}
