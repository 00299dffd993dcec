package dev.digestbot.eval;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class SetEvaluationTest {
    private static ScoredSummary summary(List<String> sentences, String reference, Ratio openings) {
        return new ScoredSummary(sentences, RougeScorer.score(String.join("\n", sentences), reference), openings);
    }

    private static final ArticleEvaluation READ = new ArticleEvaluation(
            "a",
            null,
            summary(List.of("The ferry sailed late."), "the ferry sailed late", new Ratio(0, 1)),
            summary(List.of("It sailed."), "the ferry sailed late", new Ratio(1, 1)));

    private static final ArticleEvaluation EMPTY = new ArticleEvaluation(
            "b",
            null,
            summary(List.of(), "the bridge closed", new Ratio(0, 0)),
            summary(List.of("The bridge closed."), "the bridge closed", new Ratio(0, 1)));

    private static final ArticleEvaluation UNREADABLE = new ArticleEvaluation(
            "c",
            "c.txt: file is empty",
            summary(List.of(), "x", new Ratio(0, 0)),
            summary(List.of(), "x", new Ratio(0, 0)));

    private final SetEvaluation set = new SetEvaluation("tiny", 3, List.of(READ, EMPTY, UNREADABLE));

    @Test
    void averagesRougeOverEveryArticleIncludingFailures() {
        assertThat(set.rouge(SummarySystem.PRODUCT).rouge1().f1()).isEqualTo(1.0 / 3);
        assertThat(set.rouge(SummarySystem.LEAD).rouge1().recall()).isEqualTo((0.25 + 1.0) / 3);
    }

    @Test
    void addsUpPronounOpenings() {
        assertThat(set.pronounOpenings(SummarySystem.PRODUCT)).isEqualTo(new Ratio(0, 1));
        assertThat(set.pronounOpenings(SummarySystem.LEAD)).isEqualTo(new Ratio(1, 2));
    }

    @Test
    void tellsEmptySummariesFromUnreadableArticles() {
        assertThat(set.emptySummaries(SummarySystem.PRODUCT)).isEqualTo(1);
        assertThat(set.emptySummaries(SummarySystem.LEAD)).isZero();
        assertThat(set.unreadable()).containsExactly(UNREADABLE);
    }
}
