package io.postings.input;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class RowTest {

    @Test
    void behavesLikeTheMapOfItsCellsWithTheFirstOfARepeatedColumn() {
        Row.Header header = new Row.Header(new String[] {"id", "title", "id", "skills"});
        Row row = new Row(header, new String[] {"1", "Backend Engineer", "dup", "AWS;Go"});

        Map<String, String> expected = new LinkedHashMap<>();
        expected.put("id", "1");
        expected.put("title", "Backend Engineer");
        expected.put("skills", "AWS;Go");
        assertThat(row).isEqualTo(expected).hasSize(3);
        assertThat(row.get("id")).isEqualTo("1");
        assertThat(row.get("salary")).isNull();
        assertThat(row.containsKey("skills")).isTrue();
        assertThat(row.containsKey("salary")).isFalse();
        assertThat(row.keySet()).containsExactly("id", "title", "skills");
        assertThat(row).hasToString(expected.toString());
    }
}
