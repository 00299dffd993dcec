package dev.digestbot.article;

import java.util.List;
import java.util.Objects;

/**
 * One article as read from the content folder: its headline and its body paragraphs, with
 * whatever metadata the file carried.
 *
 * @param source the path or name the article was read from, as given
 * @param title the headline; never blank (a reader falls back to the file name)
 * @param paragraphs the body, one entry per paragraph, without the headline or header lines
 * @param metadata front matter or HTML meta data; {@link ArticleMetadata#NONE} when absent
 */
public record Article(String source, String title, List<String> paragraphs, ArticleMetadata metadata) {
    public Article {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(title, "title");
        paragraphs = List.copyOf(paragraphs);
        Objects.requireNonNull(metadata, "metadata");
    }

    /** The body as one string, paragraphs separated by a blank line. */
    public String body() {
        return String.join("\n\n", paragraphs);
    }
}
