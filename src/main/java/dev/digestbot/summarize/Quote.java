package dev.digestbot.summarize;

import java.util.Objects;

/**
 * A direct quotation from an article.
 *
 * @param text the quoted words, verbatim, without the quotation marks; the two halves of a quote
 *     split by its attribution are joined with a space
 * @param speaker the speaker's full name as the article first gives it, or an organisation; null
 *     when the article does not say who spoke
 * @param sentence the sentence the quotation starts in
 */
public record Quote(String text, String speaker, String sentence) {
    public Quote {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(sentence, "sentence");
    }
}
