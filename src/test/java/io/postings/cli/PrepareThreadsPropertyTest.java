package io.postings.cli;

import static io.postings.cli.Cli.run;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.SplittableRandom;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;

/**
 * Whatever the rows (unknown titles, duplicate ids, unreadable salaries and dates, rejected
 * rows, cells over several lines), any number of preparing threads gives the output one
 * thread gives, byte for byte, errors and exit codes included.
 */
class PrepareThreadsPropertyTest {
    private static final String[] TITLES = {"Backend Developer", "Senior Backend Engineer", "DevOps Engineer",
        "Site Reliability Engineer II", "Data Scientist", "Chief Vibes Officer", "", "Data Analyst (Remote)"};
    private static final String[] SALARIES = {"120000", "95000", "150000", "abc", "", "-1", "1000000000", "55"};
    private static final String[] SKILLS = {"Java;Go;AWS", "Python|SQL", "[\"Kubernetes\", \"Terraform\"]", "n/a", "",
        "Docker, Linux, Bash", "Rust"};
    private static final String[] DATES = {"2026-03-01", "2026-05-17", "03/04/2026", "yesterday", "", "1767225600"};
    private static final String[] COUNTRIES = {"US", "us", "Germany", "", "Atlantis"};

    @Property(tries = 12)
    void anyNumberOfThreadsGivesOneThreadsBytes(@ForAll long seed, @ForAll @IntRange(min = 2, max = 6) int threads)
            throws IOException {
        Path csv = messyCsv(new SplittableRandom(seed));
        try {
            String[][] commands = {
                {"profiles", "-f", "json"},
                {"inspect", "-f", "json"},
                {"compare", "--strict", "--a", "Backend Developer", "--b", "DevOps Engineer"},
            };
            // What one thread says: the profiles and the inspection, and the first damaged row under --strict.
            int[] codes = {0, 0, ExitCodes.INPUT};
            for (int c = 0; c < commands.length; c++) {
                Cli.Result one = run(with(commands[c], csv, "1"));
                assertThat(one.code()).as(one.err()).isEqualTo(codes[c]);
                Cli.Result many = run(with(commands[c], csv, String.valueOf(threads)));
                assertThat(many).as("%s with %d threads", commands[c][0], threads).isEqualTo(one);
            }
        } finally {
            Files.deleteIfExists(csv);
        }
    }

    private static String[] with(String[] command, Path csv, String threads) {
        String[] args = java.util.Arrays.copyOf(command, command.length + 4);
        args[command.length] = "--quiet";
        args[command.length + 1] = "--threads";
        args[command.length + 2] = threads;
        args[command.length + 3] = csv.toString();
        return args;
    }

    /** 300 to 2,000 rows: more than one batch, so the other threads prepare most of them. */
    private static Path messyCsv(SplittableRandom random) throws IOException {
        StringBuilder b = new StringBuilder("id,title,company,country,salary_min,salary_currency,skills,posted_at\n");
        for (int i = random.nextInt(300, 2_000); i > 0; i--) {
            if (random.nextInt(50) == 0) {
                b.append("broken,row\n");
                continue;
            }
            String id = "p" + random.nextInt(1_500);
            String company = random.nextInt(20) == 0 ? "\"Acme,\nInc\"" : "Company " + random.nextInt(30);
            b.append(id).append(',').append(pick(random, TITLES)).append(',').append(company).append(',')
                    .append(pick(random, COUNTRIES)).append(',').append(pick(random, SALARIES)).append(',')
                    .append(random.nextInt(6) == 0 ? "EUR" : "USD").append(",\"")
                    .append(pick(random, SKILLS).replace("\"", "\"\"")).append("\",").append(pick(random, DATES))
                    .append('\n');
        }
        Path file = Files.createTempFile("threads", ".csv");
        return Files.writeString(file, b);
    }

    private static String pick(SplittableRandom random, String[] values) {
        return values[random.nextInt(values.length)];
    }
}
