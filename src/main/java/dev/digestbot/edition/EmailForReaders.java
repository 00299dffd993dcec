package dev.digestbot.edition;

import java.util.List;
import java.util.function.UnaryOperator;

/**
 * An edition's email rendered once for all its subscribers, with a slot wherever the templates
 * print the reader's unsubscribe link: filling the slots costs a copy of the bodies, where
 * running the templates per reader cost most of the time a newsletter took to build.
 */
public final class EmailForReaders {
    private final String subject;
    private final List<String> html;
    private final List<String> text;
    private final UnaryOperator<String> htmlEscape;

    /**
     * @param html the HTML body cut at each slot
     * @param text the text body cut at each slot
     * @param htmlEscape how the HTML template escapes a value it prints
     */
    EmailForReaders(String subject, String[] html, String[] text, UnaryOperator<String> htmlEscape) {
        this.subject = subject;
        this.html = List.of(html);
        this.text = List.of(text);
        this.htmlEscape = htmlEscape;
    }

    public String subject() {
        return subject;
    }

    /** The HTML body's pieces, in order; a reader's escaped link goes between each two. */
    public List<String> htmlPieces() {
        return html;
    }

    /** The text body's pieces, in order; a reader's link goes between each two as it is. */
    public List<String> textPieces() {
        return text;
    }

    /** {@code unsubscribeUrl} as the HTML body prints it. */
    public String htmlLink(String unsubscribeUrl) {
        return htmlEscape.apply(unsubscribeUrl);
    }

    /**
     * The bodies one subscriber gets, carrying {@code unsubscribeUrl}: the same as {@link
     * EditionRenderer#renderEmail} gives for that link.
     *
     * @throws IllegalArgumentException when the link is empty, since the templates show an email to
     *     a subscriber without a link differently
     */
    public RenderedEdition withUnsubscribe(String unsubscribeUrl) {
        if (unsubscribeUrl.isEmpty()) {
            throw new IllegalArgumentException("an email to a subscriber needs an unsubscribe link");
        }
        return new RenderedEdition(
                subject, "", String.join(htmlEscape.apply(unsubscribeUrl), html), String.join(unsubscribeUrl, text));
    }
}
