package io.postings.normalize;

import static org.assertj.core.api.Assertions.assertThat;

import io.postings.input.RawRecord;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ColumnMapTest {
    private final ColumnMap defaults = new ColumnMap(Map.of());

    private static RawRecord row(String... namesAndValues) {
        Map<String, String> values = new LinkedHashMap<>();
        for (int i = 0; i < namesAndValues.length; i += 2) {
            values.put(namesAndValues[i], namesAndValues[i + 1]);
        }
        return new RawRecord("jobs.csv", 2, values);
    }

    @Test
    void findsAFieldByAnyOfItsAliases() {
        assertThat(defaults.value(row("job_title", "Backend Developer"), Field.TITLE)).isEqualTo("Backend Developer");
        assertThat(defaults.value(row("position", "Backend Developer"), Field.TITLE)).isEqualTo("Backend Developer");
        assertThat(defaults.value(row("min_amount", "120000"), Field.SALARY_MIN)).isEqualTo("120000");
        assertThat(defaults.value(row("salary_is_predicted", "1"), Field.SALARY_ESTIMATED)).isEqualTo("1");
    }

    @Test
    void findsNestedJsonNames() {
        assertThat(defaults.value(row("company.name", "Acme"), Field.COMPANY)).isEqualTo("Acme");
        assertThat(defaults.value(row("location.country", "US"), Field.COUNTRY)).isEqualTo("US");
    }

    @Test
    void theFirstListedAliasWinsAndValuesAreStripped() {
        RawRecord r = row("company", "Acme (display)", "company_name", "  Acme  ");

        assertThat(defaults.value(r, Field.COMPANY)).isEqualTo("Acme");
    }

    @Test
    void fallsThroughBlankAndSentinelColumns() {
        RawRecord r = row("company_name", "  ", "company", "nan", "employer", "Acme");

        assertThat(defaults.value(r, Field.COMPANY)).isEqualTo("Acme");
        assertThat(defaults.column(r, Field.COMPANY)).isEqualTo("company_name");
    }

    @Test
    void aFieldNoColumnFeedsIsNull() {
        RawRecord r = row("title", "Backend Developer", "salary", "");

        assertThat(defaults.value(r, Field.SALARY)).isNull();
        assertThat(defaults.column(r, Field.SALARY)).isEqualTo("salary");
        assertThat(defaults.value(r, Field.COMPANY)).isNull();
        assertThat(defaults.column(r, Field.COMPANY)).isNull();
    }

    @Test
    void anExplicitMappingComesFirstWhateverItsCase() {
        ColumnMap mapped = new ColumnMap(Map.of(Field.SALARY, " Pay_Text "));
        RawRecord r = row("salary", "$1", "pay_text", "$120K-$150K");

        assertThat(mapped.value(r, Field.SALARY)).isEqualTo("$120K-$150K");
        assertThat(mapped.column(r, Field.SALARY)).isEqualTo("pay_text");
    }

    @Test
    void anExplicitMappingReplacesTheAliasesOfItsFieldOnly() {
        ColumnMap mapped = new ColumnMap(Map.of(Field.TITLE, "headline"));
        RawRecord r = row("title", "Ignored", "headline", "", "company", "Acme");

        assertThat(mapped.value(r, Field.TITLE)).isNull();
        assertThat(mapped.value(r, Field.COMPANY)).isEqualTo("Acme");
    }
}
