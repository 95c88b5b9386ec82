package io.postings.input;

import static io.postings.input.Inputs.readAll;
import static io.postings.input.Inputs.utf8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class JsonRecordReaderTest {
    private final Rejects rejects = new Rejects();

    private JsonRecordReader reader(String json) throws IOException {
        return new JsonRecordReader("jobs.json", new ByteArrayInputStream(utf8(json)), rejects);
    }

    private List<RawRecord> read(String json) throws IOException {
        try (JsonRecordReader reader = reader(json)) {
            return readAll(reader);
        }
    }

    @Test
    void objectsSpreadOverLinesOneAfterAnotherAreNotJsonLines() throws IOException {
        List<RawRecord> records = read("""
                {"title": "Backend Developer",
                 "company": "Acme"}
                {"title": "DevOps Engineer",
                 "company": "Globex"}
                """);

        assertThat(records).extracting(RawRecord::line, r -> r.get("title"))
                .containsExactly(tuple(1L, "Backend Developer"), tuple(3L, "DevOps Engineer"));
        assertThat(rejects.all).isEmpty();
    }

    @Test
    void readsAnArrayOfObjectsWithTheLineEachObjectStartsOn() throws IOException {
        List<RawRecord> records = read("""
                [
                  {"title": "Backend Developer", "salary_min": 120000},
                  {
                    "title": "DevOps Engineer",
                    "remote": true
                  }
                ]
                """);

        assertThat(records).extracting(RawRecord::source, RawRecord::line, RawRecord::values).containsExactly(
                tuple("jobs.json", 2L, Map.of("title", "Backend Developer", "salary_min", "120000")),
                tuple("jobs.json", 3L, Map.of("title", "DevOps Engineer", "remote", "true")));
    }

    @Test
    void readsJsonLines() throws IOException {
        List<RawRecord> records = read("""
                {"title": "Backend Developer"}
                {"title": "DevOps Engineer"}

                {"title": "Embedded Developer"}
                """);

        assertThat(records).extracting(r -> r.get("title"), RawRecord::line).containsExactly(
                tuple("Backend Developer", 1L), tuple("DevOps Engineer", 2L), tuple("Embedded Developer", 4L));
    }

    @Test
    void flattensNestedObjectsIntoDottedNames() throws IOException {
        RawRecord r = read("""
                [{"company": {"name": "Acme", "hq": {"country": "US"}}, "title": "Backend Developer"}]
                """).get(0);

        assertThat(r.values()).isEqualTo(Map.of(
                "company.name", "Acme", "company.hq.country", "US", "title", "Backend Developer"));
    }

    @Test
    void keepsArraysAsCompactJsonText() throws IOException {
        RawRecord r = read("""
                [{"tags": ["python", "sql"], "skills": [{"name": "Go"}, {"name": "k8s"}], "empty": []}]
                """).get(0);

        assertThat(r.get("tags")).isEqualTo("[\"python\",\"sql\"]");
        assertThat(r.get("skills")).isEqualTo("[{\"name\":\"Go\"},{\"name\":\"k8s\"}]");
        assertThat(r.get("empty")).isEqualTo("[]");
    }

    @Test
    void lowerCasesAndTrimsKeysAndTheFirstOfTwoEqualKeysWins() throws IOException {
        RawRecord r = read("{\" Job_Title \": \"Backend Developer\", \"job_title\": \"ignored\", \"Company\": {\"Name\": \"Acme\"}}")
                .get(0);

        assertThat(r.values()).isEqualTo(Map.of("job_title", "Backend Developer", "company.name", "Acme"));
    }

    @Test
    void leavesNullsOutAndKeepsScalarsAsWritten() throws IOException {
        RawRecord r = read("{\"salary_min\": null, \"salary_max\": 1.5E5, \"is_remote\": false, \"id\": 7}").get(0);

        assertThat(r.values()).isEqualTo(Map.of("salary_max", "1.5E5", "is_remote", "false", "id", "7"));
        assertThat(r.get("salary_min")).isNull();
    }

    /** Every row rejected so far was rejected for {@code kind}, at these lines with these raw texts: line, raw, line, raw... */
    private void assertRejected(String kind, Object... linesAndRaws) {
        List<Rejects.Reject> expected = new ArrayList<>();
        for (int i = 0; i < linesAndRaws.length; i += 2) {
            expected.add(new Rejects.Reject("jobs.json", ((Number) linesAndRaws[i]).longValue(), kind, (String) linesAndRaws[i + 1]));
        }
        assertThat(rejects.all).containsExactlyElementsOf(expected);
    }

    @Test
    void rejectsElementsThatAreNotObjects() throws IOException {
        List<RawRecord> records = read("""
                [{"title": "Backend Developer"},
                 42,
                 "legal notice",
                 [1, 2],
                 {"title": "DevOps Engineer"}]
                """);

        assertThat(records).extracting(r -> r.get("title")).containsExactly("Backend Developer", "DevOps Engineer");
        assertRejected("not_an_object", 2, "42", 3, "legal notice", 4, "[1,2]");
    }

    @Test
    void rejectsJsonLinesThatAreNotObjects() throws IOException {
        List<RawRecord> records = read("{\"id\": 1}\nnull\n{\"id\": 2}\n");

        assertThat(records).extracting(RawRecord::line).containsExactly(1L, 3L);
        assertThat(rejects.all).extracting(Rejects.Reject::line, Rejects.Reject::kind)
                .containsExactly(tuple(2L, "not_an_object"));
    }

    @Test
    void aTruncatedArrayIsAnInputExceptionAfterTheCompleteRecords() throws IOException {
        try (JsonRecordReader reader = reader("[{\"id\": 1},\n {\"id\": 2, \"title\": \"Back")) {
            assertThat(reader.next().get("id")).isEqualTo("1");
            assertThatThrownBy(reader::next).isInstanceOf(InputException.class)
                    .hasMessageStartingWith("jobs.json:2: broken JSON");
        }
    }

    @Test
    void anArrayThatIsNeverClosedIsAnInputException() throws IOException {
        try (JsonRecordReader reader = reader("[{\"id\": 1}\n")) {
            assertThat(reader.next().get("id")).isEqualTo("1");
            assertThatThrownBy(reader::next).isInstanceOf(InputException.class).hasMessageContaining("jobs.json");
        }
    }

    @Test
    void contentAfterTheArrayIsAnInputException() {
        assertThatThrownBy(() -> read("[{\"id\": 1}]\n{\"id\": 2}")).isInstanceOf(InputException.class);
    }

    @Test
    void nestingBeyondTheLimitIsAnInputExceptionNotACrash() {
        String deep = "[" + "{\"a\":".repeat(100) + "1" + "}".repeat(100) + "]";

        assertThatThrownBy(() -> read(deep)).isInstanceOf(InputException.class).hasMessageContaining("jobs.json:1");
    }

    @Test
    void emptyInputIsAnInputException() {
        assertThatThrownBy(() -> read("  \n")).isInstanceOf(InputException.class).hasMessageContaining("empty input");
    }

    @Test
    void anEmptyArrayHasNoRecords() throws IOException {
        assertThat(read("[]")).isEmpty();
        assertThat(rejects.all).isEmpty();
    }

    @Test
    void aBrokenJsonLinesLineIsRejectedAndTheNextOneRead() throws IOException {
        List<RawRecord> records = read("""
                {"id": "1"}
                {"id": "2", "title":
                {"id": "3"}
                not json
                {"id": "4"} trailing
                {"id": "5"}
                """);

        assertThat(records).extracting(r -> r.get("id")).containsExactly("1", "3", "5");
        assertThat(records).extracting(RawRecord::line).containsExactly(1L, 3L, 6L);
        assertRejected("malformed_json", 2, "{\"id\": \"2\", \"title\":", 4, "not json", 5, "{\"id\": \"4\"} trailing");
    }

    @Test
    void aBrokenFirstLineOfJsonLinesIsRejectedToo() throws IOException {
        List<RawRecord> records = read("{\"id\": \"1\", oops}\n{\"id\": \"2\"}\n");

        assertThat(records).extracting(r -> r.get("id")).containsExactly("2");
        assertThat(rejects.all).extracting(Rejects.Reject::line, Rejects.Reject::kind)
                .containsExactly(tuple(1L, "malformed_json"));
    }

    @Test
    void objectsSpreadOverLinesAreReadAsAStream() throws IOException {
        List<RawRecord> records = read("""

                {
                  "id": "1"
                }
                {"id": "2",
                 "title": "DevOps Engineer"}
                """);

        assertThat(records).extracting(RawRecord::line, r -> r.get("id")).containsExactly(tuple(2L, "1"), tuple(5L, "2"));
    }

    @Test
    void aSingleObjectOnOneLineIsOneRecord() throws IOException {
        assertThat(read("{\"id\": \"1\"}")).extracting(r -> r.get("id")).containsExactly("1");
    }

    @Test
    void aDocumentThatIsNotAnArrayOrObjectsIsAnInputException() {
        assertThatThrownBy(() -> read("\"postings\"")).isInstanceOf(InputException.class)
                .hasMessage("jobs.json:1: not JSON records: the document starts with a string, not an array of objects"
                        + " or one object per line");
        assertThatThrownBy(() -> read("\n\n42")).isInstanceOf(InputException.class)
                .hasMessageStartingWith("jobs.json:3: not JSON records: the document starts with a number");
        assertThatThrownBy(() -> read("id,title\n1,x\n")).isInstanceOf(InputException.class)
                .hasMessageContaining("not JSON records");
    }

    @Test
    void aFieldOverTheSizeLimitRejectsItsObjectAndReadingGoesOn() throws IOException {
        String big = "x".repeat(Limits.MAX_FIELD_CHARS + 1);

        List<RawRecord> records = read("[{\"id\": \"1\"},\n{\"id\": \"2\", \"description\": \"" + big
                + "\", \"title\": \"t\"},\n{\"id\": \"3\", \"skills\": [\"" + big + "\"]},\n{\"id\": \"4\"}]");

        assertThat(records).extracting(r -> r.get("id")).containsExactly("1", "4");
        assertThat(rejects.all).extracting(Rejects.Reject::line, Rejects.Reject::kind)
                .containsExactly(tuple(2L, "field_too_large"), tuple(3L, "field_too_large"));
        assertThat(rejects.all.get(0).raw()).isEqualTo("{\"id\":\"2\"} …");
    }

    @Test
    void aJsonLinesLineOverTheRecordLimitIsRejectedWithoutBeingHeld() throws IOException {
        String huge = "{\"description\": \"" + "x".repeat(Limits.MAX_RECORD_CHARS) + "\"}";

        List<RawRecord> records = read("{\"id\": \"1\"}\n" + huge + "\n{\"id\": \"3\"}\n");

        assertThat(records).extracting(RawRecord::line).containsExactly(1L, 3L);
        assertThat(rejects.all).extracting(Rejects.Reject::line, Rejects.Reject::kind)
                .containsExactly(tuple(2L, "record_too_large"));
        assertThat(rejects.all.get(0).raw()).hasSize(Limits.RAW_CUT + 1).endsWith("…");
    }

    @Test
    void aStringOverTheParserLimitInAnArrayEndsTheInputClearly() throws IOException {
        byte[] start = utf8("[{\"id\": \"1\"},\n{\"description\": \"");
        Inputs.assertReadsIdOneThenFails(new JsonRecordReader("jobs.json", Inputs.endless(start, (byte) 'x'), rejects),
                "jobs.json:2: JSON over the reader's limits: a string longer than 16777216 characters;"
                        + " the input cannot be read past it");
    }

    @Test
    void tooDeeplyNestedJsonLinesLineIsRejected() throws IOException {
        String deep = "{\"a\":".repeat(100) + "1" + "}".repeat(100);

        List<RawRecord> records = read("{\"id\": \"1\"}\n" + deep + "\n{\"id\": \"3\"}\n");

        assertThat(records).hasSize(2);
        assertThat(rejects.all).extracting(Rejects.Reject::line, Rejects.Reject::kind)
                .containsExactly(tuple(2L, "too_deeply_nested"));
    }

    @Test
    void bytesThatAreNotUtf8AreReplacedAndTheObjectReportedAsDamaged() throws IOException {
        byte[] json = {'[', '{', '"', 'c', '"', ':', '"', 'C', 'a', 'f', (byte) 0xE9, '"', '}', ']'};

        List<RawRecord> records = readAll(new JsonRecordReader("jobs.json", new ByteArrayInputStream(json), rejects));

        assertThat(records.get(0).get("c")).isEqualTo("Caf\uFFFD");
        assertThat(rejects.damaged).containsExactly(new Rejects.Reject("jobs.json", 1, "invalid_utf8", "Caf\uFFFD"));
    }
}
