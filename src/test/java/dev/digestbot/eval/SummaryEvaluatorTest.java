package dev.digestbot.eval;

import static org.assertj.core.api.Assertions.assertThat;

import dev.digestbot.article.ArticleReader;
import dev.digestbot.summarize.Summarizer;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SummaryEvaluatorTest {
    private static Summarizer summarizer;

    @BeforeAll
    static void loadModels() {
        summarizer = new Summarizer();
    }

    @Test
    void scoresLeadAndProductSummariesAgainstGluedReferences() throws IOException {
        SetEvaluation bbc = new SummaryEvaluator(summarizer, new ArticleReader(), 3)
                .evaluate("bbc", TestArticles.evalData().resolve("bbc"));

        assertThat(bbc.articles()).extracting(ArticleEvaluation::id).containsExactly("harbour-001", "library-002");
        ArticleEvaluation harbour = bbc.articles().get(0);
        assertThat(harbour.error()).isNull();
        assertThat(harbour.lead().sentences())
                .containsExactly(
                        "Harbour fees in Port Elwyn will rise by a third from April, the town council has decided.",
                        "Councillors voted 3-1 in favour of the increase on Tuesday night, after a debate that lasted"
                                + " more than two hours.",
                        "The council says the extra money will pay for a new £4.5m breakwater.");
        String reference = Files.readString(TestArticles.evalData().resolve("bbc/summaries/harbour-001.txt"));
        assertThat(harbour.lead().rouge())
                .isEqualTo(RougeScorer.score(String.join("\n", harbour.lead().sentences()), reference));
        assertThat(harbour.lead().rouge().rouge1().precision()).isLessThan(1.0);
        assertThat(harbour.product().sentences()).hasSizeLessThanOrEqualTo(3);
        assertThat(bbc.rouge(SummarySystem.LEAD).rouge1().f1()).isGreaterThan(0.3);
        assertThat(bbc.pronounOpenings(SummarySystem.LEAD)).isEqualTo(new Ratio(0, 6));
        assertThat(bbc.unreadable()).isEmpty();
    }

    @Test
    void scoresAMissingArticleZeroAndSaysWhy(@TempDir Path dir) throws IOException {
        Files.createDirectories(dir.resolve("summaries"));
        Files.createDirectories(dir.resolve("articles"));
        Files.writeString(dir.resolve("summaries/gone.txt"), "The ferry was cancelled.");
        SetEvaluation set = new SummaryEvaluator(summarizer, new ArticleReader(), 3).evaluate("tiny", dir);

        assertThat(set.unreadable())
                .singleElement()
                .satisfies(a -> assertThat(a.error()).contains("gone.txt"));
        assertThat(set.rouge(SummarySystem.PRODUCT)).isEqualTo(RougeScore.ZERO);
        assertThat(set.emptySummaries(SummarySystem.PRODUCT)).isZero();
    }
}
