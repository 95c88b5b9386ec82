package io.postings.normalize;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class MojibakeTest {

    @Test
    void undoesUtf8ReadAsLatin1() {
        assertThat(Mojibake.repair("You\u00e2\u0080\u0099ll build APIs")).isEqualTo("You\u2019ll build APIs");
        assertThat(Mojibake.repair("Gda\u00c5\u0084sk")).isEqualTo("Gdańsk");
        assertThat(Mojibake.repair("S\u00c3\u00a3o Paulo")).isEqualTo("São Paulo");
    }

    @Test
    void leavesRealAccentsAndOtherScriptsAlone() {
        assertThat(Mojibake.repair("São Paulo, Zürich, Kraków")).isEqualTo("São Paulo, Zürich, Kraków");
        assertThat(Mojibake.repair("תל אביב — Tel Aviv")).isEqualTo("תל אביב — Tel Aviv");
        assertThat(Mojibake.repair("plain")).isEqualTo("plain");
        assertThat(Mojibake.repair(null)).isNull();
    }

    @Test
    void aRunThatIsNoUtf8StaysAsItIs() {
        // "Â" before a letter is not a UTF-8 lead byte followed by a continuation byte
        assertThat(Mojibake.repair("Âb \u00c3")).isEqualTo("Âb \u00c3");
    }
}
