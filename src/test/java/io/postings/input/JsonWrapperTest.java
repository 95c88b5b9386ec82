package io.postings.input;

import static io.postings.input.Inputs.readAll;
import static io.postings.input.Inputs.utf8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** API responses that wrap their records: {"jobs": [...]} (Greenhouse, Remotive), {"results": [...]} (Adzuna). */
class JsonWrapperTest {
    private final List<String> rejects = new ArrayList<>();

    private JsonRecordReader reader(String json) throws IOException {
        return new JsonRecordReader("board.json", new ByteArrayInputStream(utf8(json)),
                (source, line, kind, raw) -> rejects.add(kind + " " + line));
    }

    @Test
    void theRecordsOfAWrapperAreItsArraysElements() throws IOException {
        try (JsonRecordReader r = reader("""
                {
                  "meta": {"total": 2},
                  "jobs": [
                    {"title": "Backend Developer", "location": {"name": "Austin, TX"}},
                    {"title": "DevOps Engineer", "pay": [1, 2]}
                  ],
                  "after": [{"title": "not a job"}]
                }
                """)) {
            List<RawRecord> records = readAll(r);

            assertThat(records).extracting(x -> x.get("title")).containsExactly("Backend Developer", "DevOps Engineer");
            assertThat(records).extracting(RawRecord::line).containsExactly(4L, 5L);
            assertThat(records.get(0).get("location.name")).isEqualTo("Austin, TX");
            assertThat(records.get(1).get("pay")).isEqualTo("[1,2]");
            assertThat(r.recordsAt()).isEqualTo("jobs");
        }
        assertThat(rejects).isEmpty();
    }

    @Test
    void adzunaResultsOnOneLine() throws IOException {
        try (JsonRecordReader r = reader("{\"__CLASS__\":\"x\",\"count\":1,\"results\":[{\"title\":\"Python Developer\"}]}")) {
            assertThat(readAll(r)).extracting(x -> x.get("title")).containsExactly("Python Developer");
            assertThat(r.recordsAt()).isEqualTo("results");
        }
    }

    @Test
    void wrappersOneAfterAnotherAreAllRead() throws IOException {
        try (JsonRecordReader r = reader("""
                {
                  "jobs": [{"title": "A"}],
                  "page": 1
                }
                {
                  "jobs": [{"title": "B"}, {"title": "C"}],
                  "page": 2
                }
                """)) {
            assertThat(readAll(r)).extracting(x -> x.get("title")).containsExactly("A", "B", "C");
        }
    }

    @Test
    void anElementThatIsNoObjectIsRejected() throws IOException {
        try (JsonRecordReader r = reader("{\"jobs\": [{\"title\": \"A\"}, 42]}")) {
            assertThat(readAll(r)).hasSize(1);
        }
        assertThat(rejects).containsExactly("not_an_object 1");
    }

    @Test
    void anObjectWithoutAWrapperArrayIsARecord() throws IOException {
        try (JsonRecordReader r = reader("""
                {
                  "title": "Backend Developer",
                  "skills": ["Go"]
                }
                """)) {
            List<RawRecord> records = readAll(r);

            assertThat(records).singleElement().extracting(x -> x.get("skills")).isEqualTo("[\"Go\"]");
            assertThat(r.recordsAt()).isNull();
        }
    }

    @Test
    void aTopLevelArrayIsNeverAWrapper() throws IOException {
        try (JsonRecordReader r = reader("[{\"title\": \"A\", \"jobs\": [{\"title\": \"inner\"}]}]")) {
            assertThat(readAll(r)).singleElement().extracting(x -> x.get("title")).isEqualTo("A");
            assertThat(r.recordsAt()).isNull();
        }
    }

    @Test
    void aTruncatedWrapperIsAnError() {
        assertThatThrownBy(() -> readAll(reader("{\"jobs\": [{\"title\": \"A\"},")))
                .isInstanceOf(InputException.class);
    }
}
