package io.postings.normalize;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class WorkModesTest {

    @Test
    void theColumnWinsOverFlagAndText() {
        assertThat(WorkModes.resolve("Hybrid", "true", "Remote", "Remote Backend Developer")).isEqualTo(WorkMode.HYBRID);
        assertThat(WorkModes.resolve("On-site", null, "Remote - US", null)).isEqualTo(WorkMode.ONSITE);
    }

    @ParameterizedTest(name = "\"{0}\" is {1}")
    @CsvSource(delimiter = '|', textBlock = """
            Remote       | REMOTE
            Hybrid       | HYBRID
            On-site      | ONSITE
            ONSITE       | ONSITE
            in_person    | ONSITE
            Office       | ONSITE
            Presencial   | ONSITE
            Híbrido      | HYBRID
            Remoto       | REMOTE
            """)
    void readsColumnValuesInEnglishAndPortuguese(String column, WorkMode mode) {
        assertThat(WorkModes.resolve(column, null, null, null)).isEqualTo(mode);
    }

    @Test
    void aColumnValueThatNamesNoModeFallsThrough() {
        assertThat(WorkModes.resolve("Full-time", null, "Remote", null)).isEqualTo(WorkMode.REMOTE);
    }

    @Test
    void aTrueRemoteFlagIsRemote() {
        assertThat(WorkModes.resolve(null, "true", "Austin, TX", null)).isEqualTo(WorkMode.REMOTE);
        assertThat(WorkModes.resolve(null, "1", null, null)).isEqualTo(WorkMode.REMOTE);
    }

    @Test
    void aFalseRemoteFlagIsOnsiteUnlessTheTextSaysHybrid() {
        assertThat(WorkModes.resolve(null, "false", "Austin, TX", "Backend Developer")).isEqualTo(WorkMode.ONSITE);
        assertThat(WorkModes.resolve(null, "False", "Remote", null)).isEqualTo(WorkMode.ONSITE);
        assertThat(WorkModes.resolve(null, "false", "Austin, TX (Hybrid)", null)).isEqualTo(WorkMode.HYBRID);
        assertThat(WorkModes.resolve(null, "0", null, "Backend Developer - Hybrid")).isEqualTo(WorkMode.HYBRID);
    }

    @Test
    void anEmptyRemoteFlagFallsToTheText() {
        assertThat(WorkModes.resolve(null, "", "Remote - US", null)).isEqualTo(WorkMode.REMOTE);
        assertThat(WorkModes.resolve(null, "", "Austin, TX", "Backend Developer")).isNull();
        assertThat(WorkModes.resolve(null, null, null, null)).isNull();
    }

    @Test
    void theLocationComesBeforeTheTitle() {
        assertThat(WorkModes.resolve(null, null, "Remote", "Backend Developer (Hybrid)")).isEqualTo(WorkMode.REMOTE);
        assertThat(WorkModes.resolve(null, null, "Austin, TX", "Backend Developer (Hybrid)")).isEqualTo(WorkMode.HYBRID);
    }

    @Test
    void remoteOrHybridTextIsHybrid() {
        assertThat(WorkModes.resolve(null, null, "Remote/Hybrid", null)).isEqualTo(WorkMode.HYBRID);
    }

    @ParameterizedTest(name = "\"{0}\" is {1}")
    @CsvSource(delimiter = '|', nullValues = "none", textBlock = """
            Remote Sensing Scientist              | none
            Remote Monitoring Technician          | none
            Work From Home Python Developer       | REMOTE
            Analista de Dados (Home Office)       | REMOTE
            Desarrollador Remoto                  | REMOTE
            Ingénieur en télétravail              | REMOTE
            Non-remote role                       | ONSITE
            Híbrida                               | HYBRID
            in_person                             | ONSITE
            unspecified                           | none
            sponsored                             | none
            """)
    void readsTextInSeveralLanguagesAndKnowsRemoteTechnology(String text, WorkMode mode) {
        assertThat(WorkModes.ofWords(text)).isEqualTo(mode);
    }

    @Test
    void theRemoteFlagIsTriState() {
        assertThat(WorkModes.resolve(null, "", null, "Backend Developer")).isNull();
        assertThat(WorkModes.resolve(null, null, "Austin, TX", "Backend Developer")).isNull();
        assertThat(WorkModes.resolve(null, "False", "Austin, TX", "Backend Developer")).isEqualTo(WorkMode.ONSITE);
        assertThat(WorkModes.resolve(null, "1.0", "Austin, TX", "Backend Developer")).isEqualTo(WorkMode.REMOTE);
    }

    @Test
    void onsitePhrasesAreWholeWords() {
        assertThat(WorkModes.ofWords("In office 4 days a week")).isEqualTo(WorkMode.ONSITE);
        assertThat(WorkModes.ofWords("Python Site Reliability Engineer")).isNull();
        assertThat(WorkModes.ofWords("Office Manager")).isNull();
        assertThat(WorkModes.ofWords("Specialist in Personal Finance")).isNull();
    }

    @ParameterizedTest(name = "\"{0}\" is {1}")
    @CsvSource(nullValues = "none", value = {
        "true, true", "TRUE, true", "t, true", "yes, true", "1, true", "1.0, true",
        "false, false", "f, false", "No, false", "0, false", "0.0, false",
        "'', none", "maybe, none",
    })
    void readsBooleanFlags(String value, Boolean flag) {
        assertThat(WorkModes.flag(value)).isEqualTo(flag);
    }
}
