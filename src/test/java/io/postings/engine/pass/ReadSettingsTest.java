package io.postings.engine.pass;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.postings.input.CsvQuote;
import io.postings.input.Source;
import io.postings.normalize.Field;
import io.postings.normalize.TaxonomySpec;
import io.postings.report.Parameters;
import io.postings.report.Selection;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The settings of a reading run are checked when made, and record what check needs to make them again. */
class ReadSettingsTest {
    private static final List<Source> INPUTS = List.of(Source.of("jobs.csv"));

    private static ReadSettings with(Map<String, String> map, String skillTable, String quote, String join,
            int hoursPerYear) {
        return new ReadSettings(INPUTS, map, TaxonomySpec.parse("+extra-roles.txt"), null, skillTable, quote, join,
                hoursPerYear, true, Deduplicator.Mode.CONTENT, false, Selection.NONE);
    }

    @Test
    void aTaxonomyIsBuiltInReplacedOrExtended() {
        assertThat(TaxonomySpec.parse(null)).isEqualTo(TaxonomySpec.BUILT_IN);
        assertThat(TaxonomySpec.parse("roles.txt")).isEqualTo(new TaxonomySpec("roles.txt", false));
        assertThat(TaxonomySpec.parse("+roles.txt")).isEqualTo(new TaxonomySpec("roles.txt", true));
        for (String given : new String[] {null, "roles.txt", "+roles.txt"}) {
            assertThat(TaxonomySpec.parse(given).given()).isEqualTo(given);
        }
    }

    @Test
    void theParametersRecordEverySettingThatChangesANumber() {
        ReadSettings settings = with(Map.of("salary", "pay"), "skills.csv", "none", "title,company", 2000);

        Parameters p = settings.parameters(new Parameters.Limits(5, 6, 7, 8));

        assertThat(p).isEqualTo(new Parameters(5, 6, 7, 2000, true, "content", 8, Map.of("salary", "pay"),
                "+extra-roles.txt", null, "skills.csv", "none", "title,company"));
        assertThat(settings.quoting()).isEqualTo(CsvQuote.NONE);
        assertThat(settings.joinFields()).containsExactly(Field.TITLE, Field.COMPANY);
        assertThat(settings.overrides()).containsEntry(Field.SALARY, "pay");
        assertThat(ReadSettings.of(INPUTS).parameters(Parameters.Limits.DEFAULTS))
                .isEqualTo(new Parameters(30, 25, 10, 2080, false, "id"));
    }

    @Test
    void aSettingThatCannotBeFailsWhenMadeNamingItsOption() {
        assertThatThrownBy(() -> with(Map.of("colour", "x"), null, null, null, 2080))
                .isInstanceOf(SettingsException.class).hasMessageStartingWith("--map: unknown field 'colour'");
        assertThatThrownBy(() -> with(Map.of("salary", "pay / 0"), null, null, null, 2080))
                .isInstanceOf(SettingsException.class).hasMessage("--map salary=pay / 0: division by zero");
        assertThatThrownBy(() -> with(Map.of(), null, null, "title", 2080))
                .isInstanceOf(SettingsException.class).hasMessage("--join needs --skills-file");
        assertThatThrownBy(() -> with(Map.of(), "skills.csv", null, "title,colour", 2080))
                .isInstanceOf(SettingsException.class).hasMessageStartingWith("--join: unknown field 'colour'");
        assertThatThrownBy(() -> with(Map.of(), null, "ab", null, 2080))
                .isInstanceOf(SettingsException.class).hasMessageContaining("--quote");
        assertThatThrownBy(() -> with(Map.of(), null, null, null, 0))
                .isInstanceOf(SettingsException.class).hasMessage("--hours-per-year must be positive");
        assertThatThrownBy(() -> with(Map.of(), "-", null, null, 2080))
                .isInstanceOf(SettingsException.class).hasMessageContaining("--skills-file must name a file");
        assertThatThrownBy(() -> ReadSettings.dedupe("fuzzy"))
                .isInstanceOf(SettingsException.class).hasMessage("--dedupe must be id or content, not 'fuzzy'");
    }

    @Test
    void aMissingTaxonomyFileFailsBeforeAnythingIsRead() {
        Reading reading = new Reading(with(Map.of(), null, null, null, 2080));

        assertThatThrownBy(reading::roles).isInstanceOf(SettingsException.class)
                .hasMessage("--roles: no such file extra-roles.txt");
    }
}
