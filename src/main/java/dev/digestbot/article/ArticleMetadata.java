package dev.digestbot.article;

import java.util.List;

/**
 * What a file says about its article besides the text. Every field but {@code tags} may be null
 * when the file does not say.
 *
 * @param date the publication date as written (front matter {@code date}, HTML meta)
 * @param publication the publisher or site name (front matter {@code source})
 * @param url the canonical address of the article
 * @param tags front matter tags, empty when none
 */
public record ArticleMetadata(String date, String publication, String url, List<String> tags) {
    /** Metadata of a file that carries none. */
    public static final ArticleMetadata NONE = new ArticleMetadata(null, null, null, List.of());

    public ArticleMetadata {
        tags = List.copyOf(tags);
    }
}
