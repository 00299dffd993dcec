package dev.digestbot.eval;

import static org.assertj.core.api.Assertions.assertThat;

import dev.digestbot.summarize.ArticleText;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PronounOpeningsTest {
    private static final ArticleText ARTICLE = TestArticles.text(
            "Council leader Ana Ruiz resigned on Tuesday.",
            "She had led the council for six years.",
            "Her deputy will take over until May.",
            "This week the council meets to choose a successor.",
            "It is expected to be a close vote.",
            "They will vote by secret ballot.",
            "\"He was a fine leader,\" a colleague said.");

    private static Ratio count(int... indices) {
        List<String> summary = java.util.Arrays.stream(indices)
                .mapToObj(i -> ARTICLE.sentences().get(i).text())
                .toList();
        return PronounOpenings.count(ARTICLE, summary);
    }

    @Test
    void acceptsPronounsWhoseAntecedentSentenceIsInTheSummary() {
        assertThat(count(0, 1, 2)).isEqualTo(new Ratio(0, 3));
    }

    @Test
    void countsPronounsWhosePrecedingSentenceWasLeftOut() {
        assertThat(count(0, 2, 4)).isEqualTo(new Ratio(2, 3));
        assertThat(count(1)).isEqualTo(new Ratio(1, 1));
        assertThat(count(4, 5)).isEqualTo(new Ratio(1, 2));
    }

    @Test
    void ignoresCalendarDemonstrativesAndQuotations() {
        assertThat(count(3, 6)).isEqualTo(new Ratio(0, 2));
    }

    @Test
    void neverCountsTheArticlesFirstSentence() {
        ArticleText text = TestArticles.text("It was a long night in the chamber.", "Votes were counted at dawn.");
        assertThat(PronounOpenings.count(text, List.of("It was a long night in the chamber.")))
                .isEqualTo(new Ratio(0, 1));
    }

    @Test
    void countsAPronounOpeningThatIsNotAnArticleSentence() {
        assertThat(PronounOpenings.count(ARTICLE, List.of("He left.", "Officials left.")))
                .isEqualTo(new Ratio(1, 2));
    }

    @ParameterizedTest
    @ValueSource(strings = {"He said so.", "Its value fell.", "Their plan failed.", "Those who left.", "That was all."})
    void recognisesPronounOpenings(String sentence) {
        assertThat(PronounOpenings.opensWithPronoun(sentence)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(
            strings = {"Hepburn said so.", "Itself a puzzle.", "This year sales rose.", "These days few do.", "\"It\""})
    void recognisesOtherOpenings(String sentence) {
        assertThat(PronounOpenings.opensWithPronoun(sentence)).isFalse();
    }
}
