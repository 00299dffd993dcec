package dev.digestbot.ingest;

import dev.digestbot.article.ArticleMetadata;
import dev.digestbot.summarize.ArticleDigest;
import java.util.Objects;

/**
 * A digest with what is stored beside it from the article.
 *
 * @param digest the article digest
 * @param metadata the article's tags (for destination filters) and address (for links)
 * @param text the article's text, for search
 */
public record DigestedArticle(ArticleDigest digest, ArticleMetadata metadata, String text) {
    public DigestedArticle {
        Objects.requireNonNull(digest, "digest");
        Objects.requireNonNull(metadata, "metadata");
        Objects.requireNonNull(text, "text");
    }
}
