package dev.digestbot.ingest;

import dev.digestbot.summarize.ArticleDigest;
import java.util.List;
import java.util.Objects;

/**
 * A digest with what destination filters need from the article besides it.
 *
 * @param digest the article digest
 * @param tags the article's front matter tags, empty when none
 */
public record DigestedArticle(ArticleDigest digest, List<String> tags) {
    public DigestedArticle {
        Objects.requireNonNull(digest, "digest");
        tags = List.copyOf(tags);
    }
}
