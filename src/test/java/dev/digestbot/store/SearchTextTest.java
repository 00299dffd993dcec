package dev.digestbot.store;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SearchTextTest {
    @Test
    void keepsLowerCaseWordsBetweenSingleSpaces() {
        assertThat(SearchText.of("Crème brûlée!", "Mayor's \"big\" day — 2026.\n\nNext"))
                .isEqualTo(" creme brulee mayor s big day 2026 next ");
    }

    @Test
    void keepsTheOpeningOfALongTextCutAtAWord() {
        String text = "word ".repeat(5000);

        String searchable = SearchText.of("Title", text);

        assertThat(searchable)
                .hasSizeLessThanOrEqualTo(SearchText.MAX_CHARS)
                .startsWith(" title word ")
                .endsWith(" word ");
    }

    @Test
    void queryWordsAreDistinctWithoutSingleLettersButWithSingleDigits() {
        assertThat(SearchText.words("The council's COUNCIL vote on 5 a"))
                .containsExactly("the", "council", "vote", "on", "5");
    }
}
