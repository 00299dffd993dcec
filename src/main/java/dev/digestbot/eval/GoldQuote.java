package dev.digestbot.eval;

import java.util.List;

/**
 * An annotated quotation.
 *
 * @param text the words inside the quotation marks
 * @param speaker the speaker's full name, or null when the article gives none
 * @param speakerAliases other forms of the name the article uses ("Mr Clarke", "spokesman")
 */
public record GoldQuote(String text, String speaker, List<String> speakerAliases) {
    public GoldQuote {
        speakerAliases = List.copyOf(speakerAliases);
    }
}
