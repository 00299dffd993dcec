package dev.digestbot.ingest;

import dev.digestbot.article.Article;
import dev.digestbot.article.ArticleException;
import dev.digestbot.article.ArticleReader;
import dev.digestbot.summarize.ArticleDigest;
import dev.digestbot.summarize.Summarizer;
import dev.digestbot.summarize.SummaryOptions;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

/** Digests a file as {@code digestbot summarize} does: read it, then summarize it. */
public final class SummarizingDigester implements ArticleDigester {
    /** Rounds of warm-up: enough for the hot paths to be compiled, a fraction of a second. */
    private static final int WARM_UP_ROUNDS = 200;

    private final ArticleReader reader;
    private final Summarizer summarizer;
    private final SummaryOptions options;

    public SummarizingDigester(ArticleReader reader, Summarizer summarizer, SummaryOptions options) {
        this.reader = reader;
        this.summarizer = summarizer;
        this.options = options;
    }

    @Override
    public DigestedArticle digest(Path file, String source) throws ArticleException {
        Article article = reader.read(file, source);
        ArticleDigest digest = summarizer.summarize(article, options);
        // A digest without a summary would reach readers as a bare headline.
        if (digest.summary().isEmpty() && options.sentences() > 0) {
            throw new ArticleException(source, "no sentence to summarize");
        }
        return new DigestedArticle(digest, article.metadata(), article.body());
    }

    @Override
    public void warmUp() {
        try {
            for (int n = 0; n < WARM_UP_ROUNDS; n++) {
                byte[] text = GeneratedArticles.article(n).getBytes(StandardCharsets.UTF_8);
                summarizer.summarize(reader.parse("warm-up.txt", text, "txt"), options);
            }
        } catch (ArticleException e) {
            throw new IllegalStateException("the built-in warm-up article does not read: " + e.getMessage(), e);
        }
    }
}
