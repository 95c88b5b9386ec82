package io.postings.cli;

import static io.postings.cli.Cli.run;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.TimeZone;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The same input and options give the same bytes: across runs, default locales (decimal
 * commas, Turkish dotless i, Arabic-Indic and Devanagari digits) and time zones. The report
 * runs on the full sample; the other commands on the small fixture in every format.
 */
class DeterminismTest {

    @TempDir
    Path dir;

    @Test
    void sameBytesAcrossRunsLocalesAndTimeZones() throws Exception {
        Map<String, byte[]> reference = outputs("reference");
        assertThat(reference).isNotEmpty();
        assertThat(outputs("again")).as("a second run").containsExactlyEntriesOf(reference);

        Locale locale = Locale.getDefault();
        TimeZone zone = TimeZone.getDefault();
        String[][] settings = {
            {"de-DE", "Pacific/Kiritimati"},
            {"tr-TR", "America/St_Johns"},
            {"ar-SA-u-nu-arab", "Asia/Kathmandu"},
            {"hi-IN-u-nu-deva", "America/Los_Angeles"},
        };
        try {
            for (String[] setting : settings) {
                Locale.setDefault(Locale.forLanguageTag(setting[0]));
                TimeZone.setDefault(TimeZone.getTimeZone(setting[1]));
                assertThat(outputs(setting[0])).as("locale %s, time zone %s", setting[0], setting[1])
                        .containsExactlyEntriesOf(reference);
            }
        } finally {
            Locale.setDefault(locale);
            TimeZone.setDefault(zone);
        }
    }

    /** Every file and output, by name, as bytes (stdout compared as the UTF-8 the tool writes). */
    private Map<String, byte[]> outputs(String name) throws Exception {
        Map<String, byte[]> out = new LinkedHashMap<>();
        Path report = dir.resolve(name);
        Cli.Result r = run("report", "--a", "Backend Developer", "--b", "DevOps Engineer", "--out", report.toString());
        assertThat(r.code()).as(r.err()).isZero();
        for (String file : ReportCommandTest.FILES) {
            out.put(file, Files.readAllBytes(report.resolve(file)));
        }
        String small = Cli.resource("small.csv");
        for (String format : new String[] {"table", "json", "markdown"}) {
            out.put("compare." + format, stdout(run("compare", "--a", "Backend Developer", "--b", "DevOps Engineer",
                    "--format", format, "--min-postings", "1", small)));
            out.put("matrix." + format, stdout(run("matrix", "--min-postings", "1", "--format", format, small)));
            out.put("skills." + format, stdout(run("skills", "--role", "Backend Developer", "--min-n", "1",
                    "--sort", "pay", "--format", format, small)));
        }
        return out;
    }

    private static byte[] stdout(Cli.Result r) {
        assertThat(r.code()).as(r.err()).isZero();
        return r.out().getBytes(java.nio.charset.StandardCharsets.UTF_8);
    }
}
