package io.postings.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;

class ProgressMeterTest {
    private long now;
    private final StringWriter out = new StringWriter();

    private ProgressMeter meter(long totalBytes) {
        now = 5_000_000_000L;
        return new ProgressMeter(new PrintWriter(out), totalBytes, () -> now);
    }

    /** A meter of totalBytes that has read the given bytes, then, after the given nanoseconds, the given rows. */
    private ProgressMeter meterAfter(long totalBytes, long bytes, long nanos, long rows) {
        ProgressMeter m = meter(totalBytes);
        m.bytes(bytes);
        now += nanos;
        m.rows(rows);
        return m;
    }

    @Test
    void silentForTheFirstSecondSoShortRunsShowNothing() {
        ProgressMeter m = meterAfter(100_000_000, 10_000_000, 900_000_000L, 40_960);
        m.done();
        assertThat(out.toString()).isEmpty();
    }

    @Test
    void drawsBytesRowsRateAndTimeLeftThenErasesItself() {
        ProgressMeter m = meterAfter(40_000_000, 10_000_000, 2_000_000_000L, 400_000);
        assertThat(out.toString())
                .isEqualTo("\rreading 10.0 MB of 40.0 MB (25%), 400,000 rows, 200,000 rows/s, 0:06 left");
        int drawn = out.toString().length() - 1;
        m.done();
        assertThat(out.toString()).endsWith("\r" + " ".repeat(drawn) + "\r");
    }

    @Test
    void redrawsAtMostFourTimesASecond() {
        ProgressMeter m = meter(-1);
        now += 1_500_000_000L;
        m.rows(4096);
        m.rows(8192);
        now += 100_000_000L;
        m.rows(12_288);
        assertThat(out.toString().split("\r", -1)).hasSize(2);
        now += 200_000_000L;
        m.rows(16_384);
        assertThat(out.toString().split("\r", -1)).hasSize(3);
        assertThat(out.toString()).doesNotContain(" of ").doesNotContain("left");
    }

    @Test
    void rateAndTimeLeft() {
        ProgressMeter m = meter(1_000_000_000);
        assertThat(m.line(1_000_000, 250_000_000, 125_000_000_000L))
                .isEqualTo("reading 250.0 MB of 1000.0 MB (25%), 1,000,000 rows, 8,000 rows/s, 6:15 left");
    }
}
