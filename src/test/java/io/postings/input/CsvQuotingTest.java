package io.postings.input;

import static io.postings.input.Inputs.readAll;
import static io.postings.input.Inputs.utf8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Exports that never quote, {@code --quote}, the tilde delimiter, and a broken record skipped instead of ending the run. */
class CsvQuotingTest {
    private final Rejects rejects = new Rejects();

    private CsvRecordReader reader(String csv, CsvQuote quoting) throws IOException {
        return new CsvRecordReader("dump.csv", new ByteArrayInputStream(utf8(csv)), rejects, quoting);
    }

    private List<RawRecord> read(String csv, CsvQuote quoting) throws IOException {
        try (CsvRecordReader r = reader(csv, quoting)) {
            return readAll(r);
        }
    }

    private static final String NEVER_QUOTES = """
            job_title~company_name~description
            Senior "Rockstar" Developer~Acme~"Best" team in town, 5" screens
            "Ninja" Engineer~Globex~We say "hi"
            Data Engineer~"Initech"~Spark, Kafka
            """;

    @Test
    void aTildeDelimitedExportThatNeverQuotesIsReadWithItsQuotesAsText() throws IOException {
        try (CsvRecordReader r = reader(NEVER_QUOTES, CsvQuote.AUTO)) {
            List<RawRecord> records = readAll(r);

            assertThat(r.delimiter()).isEqualTo('~');
            assertThat(r.quote()).isNull();
            assertThat(records).extracting(x -> x.get("job_title"), x -> x.get("company_name"), x -> x.get("description"))
                    .containsExactly(
                            tuple("Senior \"Rockstar\" Developer", "Acme", "\"Best\" team in town, 5\" screens"),
                            tuple("\"Ninja\" Engineer", "Globex", "We say \"hi\""),
                            tuple("Data Engineer", "\"Initech\"", "Spark, Kafka"));
        }
        assertThat(rejects.all).isEmpty();
    }

    @Test
    void aFileThatQuotesKeepsItsQuotingWhenAFewQuotesAreStray() throws IOException {
        String csv = "title,company,location\n\"Backend, Senior\",Acme,\"Austin, TX\"\n\"DevOps\" Lead,Globex,\"Denver, CO\"\n"
                + "Data Engineer,Initech,\"Paris\"\n";
        try (CsvRecordReader r = reader(csv, CsvQuote.AUTO)) {
            List<RawRecord> records = readAll(r);

            assertThat(r.quote()).isEqualTo('"');
            // the stray quote's record, on one line, is rejected and the next line read
            assertThat(records).extracting(x -> x.get("title"), RawRecord::line)
                    .containsExactly(tuple("Backend, Senior", 2L), tuple("Data Engineer", 4L));
        }
        assertThat(rejects.all).extracting(Rejects.Reject::line, Rejects.Reject::kind, Rejects.Reject::raw)
                .containsExactly(tuple(3L, "broken_quoting", "\"DevOps\" Lead,Globex,\"Denver, CO\""));
    }

    @Test
    void quoteOptionNoneAndAnotherCharacter() throws IOException {
        assertThat(read("a,b\n\"x\",y\n", CsvQuote.of("none"))).extracting(x -> x.get("a")).containsExactly("\"x\"");
        assertThat(read("a,b\n'x, z',y\n", CsvQuote.of("'"))).extracting(x -> x.get("a")).containsExactly("x, z");
        assertThatThrownBy(() -> CsvQuote.of("ab")).hasMessageContaining("one ASCII character or none");
    }

    @Test
    void aQuotedFieldOverSeveralLinesThatBreaksStillEndsTheInput() {
        String csv = "a,b\n\"x\nstill open\"text,y\n1,2\n";

        assertThatThrownBy(() -> read(csv, CsvQuote.of("\""))).isInstanceOf(InputException.class)
                .hasMessageStartingWith("dump.csv:2: broken quoting");
    }

    @Test
    void aBrokenRecordAcrossTheScannersBufferIsSkippedWhole() throws IOException {
        StringBuilder csv = new StringBuilder("a,b\n");
        String filler = "x".repeat(100);
        for (int i = 0; i < 618; i++) {
            csv.append(filler).append(",\"ok\"\n");
        }
        // longer than the scanner's 64K buffer, so it straddles a refill
        String broken = "\"stray\" " + "y".repeat(70_000) + ",z";
        csv.append(broken).append('\n').append("last,row\n");

        List<RawRecord> records = read(csv.toString(), CsvQuote.AUTO);

        assertThat(records).hasSize(619);
        assertThat(records.get(618).get("a")).isEqualTo("last");
        assertThat(rejects.all).singleElement().satisfies(r -> {
            assertThat(r.raw()).isEqualTo(broken);
            assertThat(r.line()).isEqualTo(620L);
        });
    }
}
