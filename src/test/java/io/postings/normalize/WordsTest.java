package io.postings.normalize;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class WordsTest {

    @Test
    void splitsOnPunctuationAndLowerCases() {
        assertThat(Words.of("Back-end Engineer (Remote)")).containsExactly("back", "end", "engineer", "remote");
    }

    @Test
    void dropsAccents() {
        assertThat(Words.of("Analista Sênior, São Paulo")).containsExactly("analista", "senior", "sao", "paulo");
    }

    @Test
    void keepsHashAndPlusInsideWords() {
        assertThat(Words.of("C#/C++ Developer, .NET")).containsExactly("c#", "c++", "developer", "net");
    }

    @Test
    void nothingHasNoWords() {
        assertThat(Words.of(null)).isEmpty();
        assertThat(Words.of(" - / ")).isEmpty();
    }
}
