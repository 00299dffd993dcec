package dev.digestbot.eval;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class RougeTokenizerTest {
    @Test
    void lowerCasesSplitsOnEverythingButLettersAndDigitsAndStemsLongTokens() {
        assertThat(RougeTokenizer.tokens("Shares ROSE 12% to €4.50 (about 3m)."))
                .containsExactly("share", "rose", "12", "to", "4", "50", "about", "3m");
    }

    @Test
    void leavesTokensOfThreeCharactersUnstemmed() {
        assertThat(RougeTokenizer.tokens("was has cats")).containsExactly("was", "has", "cat");
    }

    @Test
    void treatsAccentedLettersAsSeparators() {
        assertThat(RougeTokenizer.tokens("Café owners")).containsExactly("caf", "owner");
    }

    @Test
    void endsTheTokenAfterTheDottedCapitalI() {
        // lower-cases to "i" plus a combining dot above, which separates
        assertThat(RougeTokenizer.tokens("\u0130STANBUL")).containsExactly("i", "stanbul");
    }

    @Test
    void findsNoTokensInPunctuation() {
        assertThat(RougeTokenizer.tokens(" -- ... !")).isEmpty();
    }
}
