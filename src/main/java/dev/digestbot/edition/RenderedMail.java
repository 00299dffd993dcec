package dev.digestbot.edition;

import java.util.Objects;

/**
 * A mail other than an edition, rendered.
 *
 * @param subject one line, free of line breaks
 * @param html the HTML body
 * @param text the plain-text body
 */
public record RenderedMail(String subject, String html, String text) {
    public RenderedMail {
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(html, "html");
        Objects.requireNonNull(text, "text");
    }
}
