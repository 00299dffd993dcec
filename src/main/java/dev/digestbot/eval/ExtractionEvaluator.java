package dev.digestbot.eval;

import dev.digestbot.article.Article;
import dev.digestbot.article.ArticleException;
import dev.digestbot.article.ArticleReader;
import dev.digestbot.summarize.ArticleDigest;
import dev.digestbot.summarize.Summarizer;
import dev.digestbot.summarize.SummaryOptions;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Digests every hand-annotated article twice, once listing every quote and figure found and once
 * with default options (whose first figures are the key figures), and scores both with
 * {@link ExtractionScorer}. Articles that cannot be read are logged and scored as missing.
 */
public final class ExtractionEvaluator {
    private static final Logger LOG = LoggerFactory.getLogger(ExtractionEvaluator.class);
    private static final SummaryOptions EVERYTHING =
            new SummaryOptions(SummaryOptions.DEFAULT.sentences(), Integer.MAX_VALUE, Integer.MAX_VALUE);

    private final Summarizer summarizer;
    private final ArticleReader reader;

    public ExtractionEvaluator(Summarizer summarizer, ArticleReader reader) {
        this.summarizer = summarizer;
        this.reader = reader;
    }

    /** Scores the annotations in {@code annotations} on the article files in {@code articles}. */
    public ExtractionScores evaluate(Path annotations, Path articles) throws IOException {
        List<GoldArticle> gold = GoldAnnotations.read(annotations);
        List<ArticleDigest> all = new ArrayList<>();
        List<ArticleDigest> defaults = new ArrayList<>();
        for (GoldArticle annotated : gold) {
            Path file = articles.resolve(annotated.file());
            try {
                Article article = reader.read(file, file.toString());
                all.add(summarizer.summarize(article, EVERYTHING));
                defaults.add(summarizer.summarize(article, SummaryOptions.DEFAULT));
            } catch (ArticleException e) {
                LOG.warn("annotated article not scored: {}", e.getMessage());
            }
        }
        return ExtractionScorer.score(gold, all, defaults);
    }
}
