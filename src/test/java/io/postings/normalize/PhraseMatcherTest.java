package io.postings.normalize;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PhraseMatcherTest {
    private final PhraseMatcher<String> matcher = new PhraseMatcher<>();

    PhraseMatcherTest() {
        matcher.add("engineer", "short");
        matcher.add("data engineer", "data");
        matcher.add("big data engineer", "big data");
        matcher.add("qa", "first of equal length");
        matcher.add("ux", "second of equal length");
        matcher.add(" -- ", "no words, ignored");
    }

    @Test
    void theLongestMatchingPhraseWins() {
        assertThat(matcher.longest(Words.of("Senior Big Data Engineer"))).isEqualTo("big data");
        assertThat(matcher.longest(Words.of("Data Engineer II"))).isEqualTo("data");
        assertThat(matcher.longest(Words.of("Engineer"))).isEqualTo("short");
    }

    @Test
    void amongEquallyLongPhrasesTheFirstAddedWins() {
        assertThat(matcher.longest(Words.of("UX QA"))).isEqualTo("first of equal length");
    }

    @Test
    void phrasesMatchWholeWordsOnly() {
        assertThat(matcher.longest(Words.of("Engineering Data"))).isNull();
        assertThat(matcher.longest(Words.of("big data"))).isNull();
    }

    @Test
    void noWordsNoMatch() {
        assertThat(matcher.longest(Words.of(""))).isNull();
    }
}
