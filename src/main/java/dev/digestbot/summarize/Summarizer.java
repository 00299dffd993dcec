package dev.digestbot.summarize;

import dev.digestbot.article.Article;
import dev.digestbot.summarize.figure.FigureExtractor;
import dev.digestbot.summarize.quote.QuoteExtractor;
import java.util.List;

/**
 * Turns one article into its digest: splits the body into sentences, picks the summary, and
 * extracts key quotes and figures. Thread-safe; build one and share it, as loading the sentence
 * model is the expensive part.
 */
public final class Summarizer {
    private final SentenceSplitter splitter;
    private final SentenceRanker ranker;
    private final QuoteExtractor quotes;
    private final FigureExtractor figures;

    public Summarizer() {
        this(new SentenceSplitter(), new SentenceRanker(), new QuoteExtractor(), new FigureExtractor());
    }

    Summarizer(SentenceSplitter splitter, SentenceRanker ranker, QuoteExtractor quotes, FigureExtractor figures) {
        this.splitter = splitter;
        this.ranker = ranker;
        this.quotes = quotes;
        this.figures = figures;
    }

    /** Splits an article into sentences without summarizing it. */
    public ArticleText analyse(Article article) {
        String body = article.body();
        return new ArticleText(article.title(), body, splitter.split(body));
    }

    public ArticleDigest summarize(Article article, SummaryOptions options) {
        ArticleText text = analyse(article);
        List<String> summary = ranker.select(text, options.sentences());
        return new ArticleDigest(
                article.source(),
                article.title(),
                summary,
                first(quotes.extract(text), options.quotes()),
                first(figures.extract(text), options.figures()));
    }

    private static <T> List<T> first(List<T> items, int n) {
        return items.size() <= n ? items : items.subList(0, n);
    }
}
