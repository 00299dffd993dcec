package dev.digestbot.eval;

import static org.assertj.core.api.Assertions.assertThat;

import dev.digestbot.article.ArticleReader;
import dev.digestbot.summarize.Summarizer;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ExtractionEvaluatorTest {
    @Test
    void scoresEveryAnnotatedArticleAndListsTheUnreadable(@TempDir Path dir) throws IOException {
        Path data = TestArticles.evalData();
        Path annotations = dir.resolve("gold.jsonl");
        Files.writeString(
                annotations,
                Files.readString(data.resolve("extraction-dev.jsonl"))
                        + "{\"file\": \"absent.txt\", \"title\": \"Nowhere\", \"quotes\": [], \"figures\": [],"
                        + " \"key_figures\": []}\n");

        ExtractionScores scores = new ExtractionEvaluator(new Summarizer(), new ArticleReader())
                .evaluate(annotations, data.resolve("bbc/articles"));

        assertThat(scores.titles()).isEqualTo(new Ratio(2, 3));
        assertThat(scores.quoteRecall().total()).isEqualTo(3);
        assertThat(scores.figureRecall().total()).isEqualTo(9);
        assertThat(scores.keyFigureRecall().total()).isEqualTo(6);
        assertThat(scores.missing()).containsExactly("absent.txt");
    }
}
