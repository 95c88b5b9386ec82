package io.postings.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.postings.render.Style;
import java.util.Map;
import org.junit.jupiter.api.Test;

class TerminalTest {

    @Test
    void pipesFilesAndTestsGetPlainOutputAndNoProgress() {
        Terminal pipe = new Terminal(false, Map.of("COLUMNS", "80"));
        assertThat(pipe.colour()).isFalse();
        assertThat(pipe.columns()).isZero();
        assertThat(pipe.progress(false)).isFalse();
        assertThat(pipe.style()).isEqualTo(Style.PLAIN);
        // This JVM runs under Maven with redirected streams: never a terminal.
        assertThat(Terminal.current().interactive()).isFalse();
        assertThat(Terminal.isTerminal(null)).isFalse();
    }

    @Test
    void aTerminalGetsColourUnlessNoColorIsSet() {
        assertThat(new Terminal(true, Map.of()).colour()).isTrue();
        assertThat(new Terminal(true, Map.of("NO_COLOR", "1")).colour()).isFalse();
        // no-color.org: only a non-empty value counts.
        assertThat(new Terminal(true, Map.of("NO_COLOR", "")).colour()).isTrue();
    }

    @Test
    void widthComesFromColumnsWhenItIsANumber() {
        assertThat(new Terminal(true, Map.of("COLUMNS", "100")).columns()).isEqualTo(100);
        assertThat(new Terminal(true, Map.of("COLUMNS", "wide")).columns()).isZero();
        assertThat(new Terminal(true, Map.of("COLUMNS", "-3")).columns()).isZero();
        assertThat(new Terminal(true, Map.of()).columns()).isZero();
    }

    @Test
    void quietSilencesProgress() {
        assertThat(new Terminal(true, Map.of()).progress(false)).isTrue();
        assertThat(new Terminal(true, Map.of()).progress(true)).isFalse();
    }

    @Test
    void stylePaintsOnlyWithColour() {
        assertThat(new Style(true, 0).bad("DRIFT")).isEqualTo("\u001b[31mDRIFT\u001b[0m");
        assertThat(new Style(true, 0).heading("Input")).isEqualTo("\u001b[1mInput\u001b[0m");
        assertThat(Style.PLAIN.bad("DRIFT")).isEqualTo("DRIFT");
    }
}
