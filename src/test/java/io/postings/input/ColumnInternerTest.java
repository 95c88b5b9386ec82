package io.postings.input;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

/** The interner hands back the cell's text, the same String for the same bytes, across its give-up too. */
class ColumnInternerTest {

    @Property(tries = 300)
    void returnsTheTextOfTheBytesAndOneStringPerValueWhileItInterns(@ForAll("columns") List<String> column) {
        ColumnInterner interner = new ColumnInterner();
        Map<String, String> first = new HashMap<>();
        int looked = 0;
        for (String value : column) {
            byte[] utf8 = value.getBytes(StandardCharsets.UTF_8);
            byte[] padded = new byte[utf8.length + 5];
            System.arraycopy(utf8, 0, padded, 3, utf8.length);
            boolean ascii = value.chars().allMatch(c -> c < 0x80);

            String got = interner.string(padded, 3, utf8.length, ascii);

            assertThat(got).isEqualTo(value);
            String before = first.putIfAbsent(value, got);
            if (before != null && ++looked < 8192 && utf8.length <= 128) {
                assertThat(got).isSameAs(before);
            }
        }
    }

    @Provide
    Arbitrary<List<String>> columns() {
        Arbitrary<String> value = Arbitraries.strings().withChars("abcXYZ019 ,;é\u00fc\u3000").ofMaxLength(20);
        return value.list().ofMinSize(1).ofMaxSize(40).flatMap(distinct -> Arbitraries.of(distinct).list().ofMaxSize(400));
    }

    @Test
    void aColumnThatRarelyRepeatsIsGivenUpAndStillReadRightAfterwards() {
        ColumnInterner interner = new ColumnInterner();
        List<String> got = new ArrayList<>();
        for (int i = 0; i < 20_000; i++) {
            // Mostly new values, with one repeat at the trial's end, where the interner gives up.
            String value = i == 8191 ? "id-1" : "id-" + i;
            byte[] b = value.getBytes(StandardCharsets.US_ASCII);
            got.add(interner.string(b, 0, b.length, true));
        }
        assertThat(got.get(8191)).isEqualTo("id-1");
        assertThat(got.get(19_999)).isEqualTo("id-19999");
        byte[] again = "id-2".getBytes(StandardCharsets.US_ASCII);
        assertThat(interner.string(again, 0, again.length, true)).isEqualTo("id-2").isNotSameAs(got.get(2));
    }

    @Test
    void hashesNeverMarkASlotEmptyAndTellValuesApart() {
        byte[] a = "2026-06-07".getBytes(StandardCharsets.US_ASCII);
        byte[] b = "2026-06-08".getBytes(StandardCharsets.US_ASCII);
        assertThat(ColumnInterner.hash(a, 0, a.length)).isNotZero().isNotEqualTo(ColumnInterner.hash(b, 0, b.length));
        assertThat(ColumnInterner.hash(new byte[0], 0, 0)).isNotZero();
    }
}
