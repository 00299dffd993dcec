package dev.digestbot.edition;

import java.util.Objects;

/**
 * One edition rendered for every kind of destination.
 *
 * @param subject a one-line subject for email, free of line breaks
 * @param markdown the Markdown rendering, for chat channels and edition files
 * @param html the HTML email body
 * @param text the plain-text email body
 */
public record RenderedEdition(String subject, String markdown, String html, String text) {
    public RenderedEdition {
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(markdown, "markdown");
        Objects.requireNonNull(html, "html");
        Objects.requireNonNull(text, "text");
    }
}
