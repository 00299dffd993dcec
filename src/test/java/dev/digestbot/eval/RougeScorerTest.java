package dev.digestbot.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.assertj.core.data.Offset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

class RougeScorerTest {
    private static final Offset<Double> EXACT = within(1e-12);

    private static void assertScores(PrecisionRecall actual, double precision, double recall) {
        assertThat(actual.precision()).isCloseTo(precision, EXACT);
        assertThat(actual.recall()).isCloseTo(recall, EXACT);
        double f1 = precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall);
        assertThat(actual.f1()).isCloseTo(f1, EXACT);
    }

    @Test
    void countsUnigramsBigramsAndTheLongestCommonSubsequence() {
        // unigrams: the x2, dog, ball shared: 4 of 5 each way ("chased" and "caught" differ)
        // bigrams: "the dog" and "the ball" shared: 2 of 4; LCS "the dog the ball": 4 of 5
        RougeScore score = RougeScorer.score("The dog chased the ball.", "the dog caught the ball");
        assertScores(score.rouge1(), 0.8, 0.8);
        assertScores(score.rouge2(), 0.5, 0.5);
        assertScores(score.rougeLsum(), 0.8, 0.8);
    }

    @Test
    void clipsRepeatedCandidateWordsToTheirCountInTheReference() {
        // "go" is in the reference once, so it scores once: P = 1/4, R = 1/2
        RougeScore score = RougeScorer.score("go go go go", "go home");
        assertScores(score.rouge1(), 0.25, 0.5);
        assertScores(score.rouge2(), 0, 0);
        assertScores(score.rougeLsum(), 0.25, 0.5);
    }

    @Test
    void takesTheUnionOfSubsequencesOverCandidateSentences() {
        // Lin (2004), section 3.2, with other words: the reference sentence a b c d e against the
        // candidate sentences "a b x y z" and "a c z k e"; their LCSs are "a b" and "a c e", whose
        // union a b c e covers 4 of the 5 reference tokens and 4 of the 10 candidate tokens
        String candidate = "alpha bravo xray yankee zulu\nalpha charlie zulu kilo echo";
        RougeScore score = RougeScorer.score(candidate, "alpha bravo charlie delta echo");
        assertScores(score.rougeLsum(), 0.4, 0.8);
        // bigrams run across the line break: 9 candidate bigrams, only "alpha bravo" shared
        assertScores(score.rouge2(), 1.0 / 9, 0.25);
    }

    @Test
    void clipsUnionHitsToTheCandidatesOccurrences() {
        // both reference sentences share "red" with the one candidate sentence, which has one "red"
        RougeScore score = RougeScorer.score("red fox hen", "red fox\nred hen");
        assertScores(score.rougeLsum(), 1.0, 0.75);
    }

    @Test
    void splitsGluedReferenceSentencesBeforeMatchingSubsequences() {
        // as one sentence the reference would share only "sales fell" (or "profits rose") in order
        RougeScore score = RougeScorer.score("Profits rose and sales fell", "Sales fell.Profits rose.");
        assertScores(score.rougeLsum(), 0.8, 1.0);
    }

    @Test
    void scoresEmptyTextsZero() {
        assertThat(RougeScorer.score("", "the cat")).isEqualTo(RougeScore.ZERO);
        assertThat(RougeScorer.score("the cat", "...")).isEqualTo(RougeScore.ZERO);
    }

    @Test
    void averagesEachPerPairScore() {
        RougeScore perfect = RougeScorer.score("the cat sat", "the cat sat");
        RougeScore half = RougeScorer.score("go go go go", "go home");
        RougeScore mean = RougeScore.mean(List.of(perfect, half));
        assertThat(mean.rouge1().precision()).isCloseTo((1 + 0.25) / 2, EXACT);
        assertThat(mean.rouge1().recall()).isCloseTo((1 + 0.5) / 2, EXACT);
        // the mean of the F1s, not the F1 of the means
        assertThat(mean.rouge1().f1()).isCloseTo((1 + 1.0 / 3) / 2, EXACT);
        assertThat(RougeScore.mean(List.of())).isEqualTo(RougeScore.ZERO);
    }

    @Test
    @Timeout(30)
    void scoresALongCandidateQuickly() {
        String candidate = "The council approved the budget after a long debate. ".repeat(20_000);
        RougeScore score = RougeScorer.score(candidate, "The council approved the budget.");
        assertThat(score.rouge1().recall()).isEqualTo(1.0);
    }
}
