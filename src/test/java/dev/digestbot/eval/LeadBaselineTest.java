package dev.digestbot.eval;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class LeadBaselineTest {
    @Test
    void takesTheFirstSentencesOfTheBody() {
        var text = TestArticles.text("One happened.", "Two followed.", "Three ended it.", "Four was later.");
        assertThat(LeadBaseline.lead(text, 3)).containsExactly("One happened.", "Two followed.", "Three ended it.");
    }

    @Test
    void takesWhatThereIsFromAShortArticle() {
        assertThat(LeadBaseline.lead(TestArticles.text("Only one."), 3)).containsExactly("Only one.");
        assertThat(LeadBaseline.lead(TestArticles.text(), 3)).isEmpty();
    }
}
