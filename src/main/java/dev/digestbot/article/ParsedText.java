package dev.digestbot.article;

import java.util.List;

/**
 * What a format parser found in a file, before the reader fills in a missing title.
 *
 * @param title the headline the file gives, or null when it gives none
 * @param paragraphs the body paragraphs, possibly empty
 * @param metadata what the file says about the article
 */
record ParsedText(String title, List<String> paragraphs, ArticleMetadata metadata) {
    ParsedText {
        paragraphs = List.copyOf(paragraphs);
    }
}
