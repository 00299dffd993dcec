package dev.digestbot.summarize;

import java.util.List;
import java.util.Objects;

/**
 * The short form of one article that every destination shows.
 *
 * @param source the article's source as given (path or name)
 * @param title the headline
 * @param summary the summary sentences, in article order
 * @param quotes key quotes, best first
 * @param figures key figures, best first
 */
public record ArticleDigest(
        String source, String title, List<String> summary, List<Quote> quotes, List<Figure> figures) {
    public ArticleDigest {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(title, "title");
        summary = List.copyOf(summary);
        quotes = List.copyOf(quotes);
        figures = List.copyOf(figures);
    }
}
