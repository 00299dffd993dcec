package dev.digestbot.article;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TitleFallbackTest {

    @Test
    void dropsDatelinesBeforeTheFirstSentence() {
        assertThat(TitleFallback.derive("(CNN)The river rose overnight. More rain is due.", "a.txt"))
                .isEqualTo("The river rose overnight");
        assertThat(TitleFallback.derive("Porto, Portugal (CNN) -- The river rose overnight. More.", "a.txt"))
                .isEqualTo("The river rose overnight");
        assertThat(TitleFallback.derive("(Wire Service)Stocks fell on Friday. Traders blamed rates.", "a.txt"))
                .isEqualTo("Stocks fell on Friday");
    }

    @Test
    void keepsParenthesesThatAreNotADateline() {
        assertThat(TitleFallback.derive("Shares in Acme (ACME) rose 4% on Monday. Analysts were surprised.", "a.txt"))
                .isEqualTo("Shares in Acme (ACME) rose 4% on Monday");
    }

    @Test
    void doesNotEndTheSentenceAtTitlesOrInitials() {
        assertThat(TitleFallback.derive(
                        "Mr. Reyes met Gen. Okafor in the U.S. capital on Monday. They spoke.", "a.txt"))
                .isEqualTo("Mr. Reyes met Gen. Okafor in the U.S. capital on Monday");
    }

    @Test
    void cutsALongSentenceAtAWordBoundaryWithoutADanglingWord() {
        String title = TitleFallback.derive(
                "A retired teacher who spent forty years restoring a Victorian steam engine in his back garden has"
                        + " finally taken it for a run along the heritage line.",
                "a.txt");

        assertThat(title)
                .isEqualTo("A retired teacher who spent forty years restoring a Victorian steam engine in his back…");
        assertThat(title.length()).isLessThanOrEqualTo(TitleFallback.MAX_CHARS);
    }

    @Test
    void usesTheFileNameWhenTheTextHasNoLetters() {
        assertThat(TitleFallback.derive("2024 - 2025: 1,204", "inbox/road-closures_north.txt"))
                .isEqualTo("road closures north");
    }
}
