package io.postings.input;

import static io.postings.input.Inputs.readAll;
import static io.postings.input.Inputs.utf8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.io.ByteArrayInputStream;
import java.io.IOException;
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
                {"tags": ["python", "sql"], "skills": [{"name": "Go"}, {"name": "k8s"}], "empty": []}
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
        assertThat(rejects.all).containsExactly(
                new Rejects.Reject("jobs.json", 2, "not_an_object", "42"),
                new Rejects.Reject("jobs.json", 3, "not_an_object", "legal notice"),
                new Rejects.Reject("jobs.json", 4, "not_an_object", "[1,2]"));
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
}
