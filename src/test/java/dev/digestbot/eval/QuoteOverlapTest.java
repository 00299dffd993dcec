package dev.digestbot.eval;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class QuoteOverlapTest {
    private static final String GOLD = "We will not raise fares this year, whatever the cost of fuel does";

    @Test
    void acceptsAPredictionSharingSeventyPercentOfTheGoldTokens() {
        // 10 of the 13 gold tokens: 77%
        assertThat(QuoteOverlap.matches("We will not raise fares this year, whatever the cost", GOLD))
                .isTrue();
    }

    @Test
    void rejectsAPredictionWithTooFewGoldTokens() {
        // 8 of 13: 62%
        assertThat(QuoteOverlap.matches("We will not raise fares this year, whatever", GOLD))
                .isFalse();
    }

    @Test
    void rejectsAPredictionThatIsMostlySomethingElse() {
        String padded =
                GOLD + " " + "and then the minister went on to talk about many other matters at length ".repeat(4);
        assertThat(QuoteOverlap.matches(padded, GOLD)).isFalse();
        assertThat(QuoteOverlap.matches(GOLD + ", he added", GOLD)).isTrue();
    }

    @Test
    void countsSharedTokensAsAMultisetIgnoringCaseAndKeepingContractions() {
        assertThat(QuoteOverlap.matches("it's it's it's it's", "It's a plan, it's a good plan"))
                .isFalse();
        assertThat(QuoteOverlap.matches("IT'S A PLAN, IT'S A GOOD PLAN", "It's a plan, it's a good plan"))
                .isTrue();
    }
}
