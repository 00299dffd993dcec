package dev.digestbot.deliver.discord;

import java.util.List;
import java.util.Objects;

/**
 * One message of an edition as it goes to a channel: optional text and up to ten embeds.
 *
 * @param content the message text, empty for embeds only
 * @param embeds the digests, in edition order
 */
public record DiscordMessage(String content, List<DigestEmbed> embeds) {
    public DiscordMessage {
        Objects.requireNonNull(content, "content");
        embeds = List.copyOf(embeds);
    }

    /** The characters Discord counts towards the 6,000 of one message's embeds. */
    public int embedSize() {
        return DigestEmbed.size(embeds);
    }
}
