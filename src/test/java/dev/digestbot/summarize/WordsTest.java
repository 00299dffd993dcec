package dev.digestbot.summarize;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class WordsTest {
    @Test
    void countsRunsBetweenAnyWhitespace() {
        assertThat(Words.count("  the\tbridge\nwill   close ")).isEqualTo(4);
        assertThat(Words.count("")).isZero();
        assertThat(Words.count(" \n\t ")).isZero();
    }

    @Test
    void stopsCountingAtTheLimit() {
        assertThat(Words.count("one two three four five", 3)).isEqualTo(3);
        assertThat(Words.count("one two", 3)).isEqualTo(2);
    }

    @Test
    void countsOnlyTheGivenRange() {
        String text = "skip these, count these three";
        assertThat(Words.count(text, text.indexOf("count"), text.length(), 10)).isEqualTo(3);
    }
}
