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
    void specsReadArrayElementsRegexGroupsDividedNumbersAndConstants() {
        RawRecord r = row("pay_input_ranges", "[{\"min_cents\": 15000000, \"currency_type\": \"USD\"}]",
                "hostedurl", "https://jobs.lever.co/acme/5ac2", "area", "[\"US\", \"Texas\"]");

        assertThat(ColumnSpec.parse("pay_input_ranges[0].min_cents / 100").valueIn(r)).isEqualTo("150000");
        assertThat(ColumnSpec.parse("pay_input_ranges[0].currency_type").valueIn(r)).isEqualTo("USD");
        assertThat(ColumnSpec.parse("pay_input_ranges[1].min_cents").valueIn(r)).isNull();
        assertThat(ColumnSpec.parse("area[0]").valueIn(r)).isEqualTo("US");
        assertThat(ColumnSpec.parse("hostedurl ~ jobs\\.lever\\.co/([^/]+)").valueIn(r)).isEqualTo("acme");
        assertThat(ColumnSpec.parse("hostedurl ~ greenhouse\\.io/(\\w+)").valueIn(r)).isNull();
        assertThat(ColumnSpec.parse("=remote").valueIn(r)).isEqualTo("remote");
        assertThat(ColumnSpec.parse("=").valueIn(r)).isNull();
        assertThat(ColumnSpec.parse("Missing_Column").valueIn(r)).isNull();
    }

    @Test
    void aRecognisedFormatsColumnsComeBeforeTheAliases() {
        ExportFormat lever = ExportFormat.all().stream().filter(f -> f.key().equals("lever")).findFirst().orElseThrow();
        ColumnMap map = new ColumnMap(Map.of());
        RawRecord r = row("text", "Senior iOS Engineer", "description", "<p>html</p>", "descriptionplain", "plain",
                "workplacetype", "hybrid");

        assertThat(map.value(r, Field.TITLE)).isNull();
        assertThat(map.value(r, Field.DESCRIPTION)).isEqualTo("<p>html</p>");

        map.assign("jobs.csv", lever);

        assertThat(map.format("jobs.csv")).isEqualTo(lever);
        assertThat(map.value(r, Field.TITLE)).isEqualTo("Senior iOS Engineer");
        assertThat(map.feeder(r, Field.TITLE)).isEqualTo("text");
        assertThat(map.value(r, Field.DESCRIPTION)).isEqualTo("plain");
        assertThat(map.value(r, Field.WORK_MODE)).isEqualTo("hybrid");
        assertThat(map.feeder(r, Field.SALARY)).isNull();
    }

    @Test
    void aFormatsBareEqualsSignTurnsTheAliasesOff() {
        ExportFormat remoteOk = ExportFormat.all().stream().filter(f -> f.key().equals("remoteok")).findFirst()
                .orElseThrow();
        ColumnMap map = new ColumnMap(Map.of());
        RawRecord r = row("position", "DevOps Engineer", "tags", "[\"devops\", \"digital nomad\"]");
        map.assign("jobs.csv", remoteOk);

        assertThat(map.value(r, Field.SKILLS)).isNull();
        assertThat(map.value(r, Field.WORK_MODE)).isEqualTo("remote");
        assertThat(map.feeder(r, Field.WORK_MODE)).isEqualTo("=remote");
    }

    @Test
    void mappingASpecOverridesAFormat() {
        ColumnMap mapped = new ColumnMap(Map.of(Field.SALARY_MIN, "pay[0].low"));
        RawRecord r = row("pay", "[{\"low\": 90000}]", "salary_min", "1");

        assertThat(mapped.value(r, Field.SALARY_MIN)).isEqualTo("90000");
    }

    @Test
    void valuesAreRepairedFromMojibake() {
        assertThat(defaults.value(row("location", "Gda\u00c5\u0084sk"), Field.LOCATION)).isEqualTo("Gdańsk");
    }

    @Test
    void csvCellsAreRepairedFromMojibakeToo() throws java.io.IOException {
        // The CSV reader vouches for plain-ASCII cells, which are then not searched for mojibake; the rest are.
        String csv = "id,location,title\n1,Gda\u00c5\u0084sk,Dev\n2,\"Gda\u00c5\u0084sk, PL\",Dev\n3,Berlin,Dev\n";
        try (io.postings.input.RecordReader reader = io.postings.input.InputOpener.open(
                new java.io.ByteArrayInputStream(csv.getBytes(java.nio.charset.StandardCharsets.UTF_8)), "x.csv",
                io.postings.input.RejectListener.IGNORE)) {
            assertThat(defaults.value(reader.next(), Field.LOCATION)).isEqualTo("Gdańsk");
            assertThat(defaults.value(reader.next(), Field.LOCATION)).isEqualTo("Gdańsk, PL");
            assertThat(defaults.value(reader.next(), Field.LOCATION)).isEqualTo("Berlin");
        }
    }

    @Test
    void anExplicitMappingReplacesTheAliasesOfItsFieldOnly() {
        ColumnMap mapped = new ColumnMap(Map.of(Field.TITLE, "headline"));
        RawRecord r = row("title", "Ignored", "headline", "", "company", "Acme");

        assertThat(mapped.value(r, Field.TITLE)).isNull();
        assertThat(mapped.value(r, Field.COMPANY)).isEqualTo("Acme");
    }

    @Test
    void headerNamesMatchAfterFoldingCaseSpacesUnderscoresHyphensDotsAndCamelCase() {
        // readers lower-case names, so "jobTitle" arrives as "jobtitle"
        for (String name : new String[] {"job title", "job_title", "jobtitle", "job-title", "job.title", " Job  Title "}) {
            assertThat(defaults.value(row(name.strip().toLowerCase(java.util.Locale.ROOT), "Backend Developer"),
                    Field.TITLE)).as(name).isEqualTo("Backend Developer");
        }
        RawRecord scraped = row("job title", "Data Scientist", "company name", "Healthfirst",
                "salary estimate", "$137K-$171K (Glassdoor est.)", "job description", "Python.", "type of ownership", "Nonprofit");
        assertThat(defaults.value(scraped, Field.COMPANY)).isEqualTo("Healthfirst");
        assertThat(defaults.value(scraped, Field.SALARY)).isEqualTo("$137K-$171K (Glassdoor est.)");
        assertThat(defaults.value(scraped, Field.DESCRIPTION)).isEqualTo("Python.");
        // the feeder is named as the input names it, so inspect's unused columns stay right
        assertThat(defaults.feeder(scraped, Field.TITLE)).isEqualTo("job title");
        assertThat(defaults.column(scraped, Field.COMPANY)).isEqualTo("company name");
        // nested JSON names fold too: company.displayName
        assertThat(defaults.value(row("company.displayname", "Acme"), Field.COMPANY)).isEqualTo("Acme");
    }

    @Test
    void anExactNameWinsOverAFoldedOne() {
        RawRecord r = row("job-title", "Folded", "job_title", "Exact");

        assertThat(defaults.value(r, Field.TITLE)).isEqualTo("Exact");
        assertThat(ColumnNames.fold("JOB-TITLE")).isEqualTo(ColumnNames.fold("jobTitle")).isEqualTo("jobtitle");
    }

    @Test
    void aWorkModeIsTheFirstColumnThatHoldsOne() {
        RawRecord r = row("work_type", "FULL_TIME", "workplace", "HYBRID");

        assertThat(defaults.value(r, Field.WORK_MODE, WorkModes::isWorkMode)).isEqualTo("HYBRID");
        assertThat(defaults.feeder(r, Field.WORK_MODE)).isEqualTo("workplace");
    }
}
