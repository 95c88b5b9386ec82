package io.postings.engine.aggregate;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.Size;
import net.jqwik.api.constraints.StringLength;

class StringCountsTest {

    /** Counts as a HashMap of counts would, through growth, merges and the wire, whatever the keys' hashes. */
    @Property
    void countsAsAMapWould(@ForAll @Size(max = 300) List<@StringLength(max = 3) String> first,
            @ForAll @Size(max = 100) List<@StringLength(max = 3) String> second) throws IOException {
        StringCounts a = new StringCounts();
        StringCounts b = new StringCounts();
        Map<String, Long> expected = new HashMap<>();
        for (String key : first) {
            // A fresh instance: equal texts that are not the same String still count as one.
            a.add(new String(key), 1);
            expected.merge(key, 1L, Long::sum);
        }
        for (String key : second) {
            b.add(key, 2);
            expected.merge(key, 2L, Long::sum);
        }
        a.addAll(b);
        assertThat(contents(a)).isEqualTo(expected);
        assertThat(a.size()).isEqualTo(expected.size());

        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        a.writeTo(new DataOutputStream(bytes));
        StringCounts back = new StringCounts();
        back.readFrom(new DataInputStream(new ByteArrayInputStream(bytes.toByteArray())));
        assertThat(contents(back)).isEqualTo(expected);
    }

    private static Map<String, Long> contents(StringCounts counts) {
        Map<String, Long> out = new HashMap<>();
        counts.forEach((key, count) -> assertThat(out.put(key, count)).as("each key once").isNull());
        return out;
    }
}
