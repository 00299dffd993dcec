package dev.digestbot.summarize;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class SentenceSplitterTest {
    private static final SentenceSplitter SPLITTER = new SentenceSplitter();

    private static List<String> split(String text) {
        return SPLITTER.split(text).stream().map(Sentence::text).toList();
    }

    @Test
    void keepsCityAndStateAbbreviationsInsideTheSentence() {
        assertThat(split("The leaders met in Washington, D.C., marking a second day of talks. Both sides spoke."))
                .containsExactly(
                        "The leaders met in Washington, D.C., marking a second day of talks.", "Both sides spoke.");
    }

    @Test
    void doesNotSplitAfterTitles() {
        assertThat(split("Gen. Smith arrived with Sen. Jones and Mr. Brown. They left together."))
                .containsExactly("Gen. Smith arrived with Sen. Jones and Mr. Brown.", "They left together.");
    }

    @Test
    void keepsClockTimesWithTheirDay() {
        assertThat(
                        split(
                                "The vote opens at 9 a.m. Tuesday in the hall. Results come by 5 p.m. Officials expect delays."))
                .containsExactly(
                        "The vote opens at 9 a.m. Tuesday in the hall.",
                        "Results come by 5 p.m.",
                        "Officials expect delays.");
    }

    @Test
    void keepsUsInsideTheSentence() {
        assertThat(split("The U.S. economy grew by 2% last year. Growth slowed in the spring."))
                .containsExactly("The U.S. economy grew by 2% last year.", "Growth slowed in the spring.");
    }

    @Test
    void endsSentencesAtClosingQuotes() {
        assertThat(split("\"We will need time,\" she said. \"Can you wait?\" he asked. \"No.\" The talks ended."))
                .containsExactly(
                        "\"We will need time,\" she said.",
                        "\"Can you wait?\" he asked.",
                        "\"No.\"",
                        "The talks ended.");
    }

    @Test
    void neverCrossesAParagraphBreak() {
        List<Sentence> sentences = SPLITTER.split("First paragraph has no full stop\n\nSecond one does.");
        assertThat(sentences)
                .extracting(Sentence::text)
                .containsExactly("First paragraph has no full stop", "Second one does.");
        assertThat(sentences).extracting(Sentence::paragraph).containsExactly(0, 1);
    }

    @Test
    void keepsInitialsWithTheSurname() {
        assertThat(split("Blues singer T.J. Walker played for three hours. The crowd stayed."))
                .containsExactly("Blues singer T.J. Walker played for three hours.", "The crowd stayed.");
    }
}
