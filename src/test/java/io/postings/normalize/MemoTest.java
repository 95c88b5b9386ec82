package io.postings.normalize;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class MemoTest {

    @Test
    void computesEachValueOnceIncludingNullResults() {
        AtomicInteger calls = new AtomicInteger();
        Memo<String> memo = new Memo<>(s -> {
            calls.incrementAndGet();
            return s.startsWith("x") ? null : s.toUpperCase(java.util.Locale.ROOT);
        });

        assertThat(memo.apply("go")).isEqualTo("GO");
        assertThat(memo.apply("go")).isEqualTo("GO");
        assertThat(memo.apply("xyz")).isNull();
        assertThat(memo.apply("xyz")).isNull();
        assertThat(calls).hasValue(2);
    }

    @Test
    void pastTheLimitValuesAreComputedButNotKept() {
        AtomicInteger calls = new AtomicInteger();
        Memo<Integer> memo = new Memo<>(s -> calls.incrementAndGet(), 2);
        memo.apply("a");
        memo.apply("b");
        memo.apply("c");
        memo.apply("c");
        memo.apply("a");

        assertThat(calls).hasValue(4);
    }

    @Test
    void nullKeyIsPassedThrough() {
        assertThat(new Memo<String>(s -> s == null ? "none" : s).apply(null)).isEqualTo("none");
    }
}
