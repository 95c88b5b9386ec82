package io.postings.normalize;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;

class MojibakeTest {

    @ParameterizedTest(name = "\"{0}\" is \"{1}\"")
    @CsvSource(delimiter = '|', textBlock = """
            You\u00e2\u0080\u0099ll build APIs  | You\u2019ll build APIs
            Gda\u00c5\u0084sk                    | Gdańsk
            S\u00c3\u00a3o Paulo                 | São Paulo
            """)
    void undoesUtf8ReadAsLatin1(String broken, String repaired) {
        assertThat(Mojibake.repair(broken)).isEqualTo(repaired);
    }

    @ParameterizedTest(name = "\"{0}\" stays")
    @NullSource
    @ValueSource(strings = {
        "São Paulo, Zürich, Kraków",
        "תל אביב — Tel Aviv",
        "plain",
        // a run that is no UTF-8 stays as it is:
        // "Â" before a letter is not a UTF-8 lead byte followed by a continuation byte
        "Âb \u00c3"
    })
    void leavesRealAccentsOtherScriptsAndNonUtf8RunsAlone(String text) {
        assertThat(Mojibake.repair(text)).isEqualTo(text);
    }
}
