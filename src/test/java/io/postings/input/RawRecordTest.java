package io.postings.input;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

class RawRecordTest {
    private final RawRecord record = new RawRecord("jobs.csv", 12, Map.of("title", "Backend Developer"));

    @Test
    void getsAColumnByName() {
        assertThat(record.get("title")).isEqualTo("Backend Developer");
        assertThat(record.get("company")).isNull();
    }

    @Test
    void whereIsFileColonLine() {
        assertThat(record.where()).isEqualTo("jobs.csv:12");
    }
}
