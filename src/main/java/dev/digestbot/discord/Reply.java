package dev.digestbot.discord;

import dev.digestbot.deliver.discord.DigestEmbed;
import dev.digestbot.deliver.discord.DiscordMessage;
import dev.digestbot.deliver.discord.EditionMessages;
import dev.digestbot.deliver.discord.Limits;
import java.util.List;
import net.dv8tion.jda.api.entities.Message;

/**
 * What a command answers: one or more messages, the first replacing the deferred reply and the
 * rest sent as follow-ups, each within Discord's limits on content and embeds.
 *
 * @param messages the messages, in order; at least one, each with text or an embed
 */
record Reply(List<DiscordMessage> messages) {
    Reply {
        messages = List.copyOf(messages);
        if (messages.isEmpty()) {
            throw new IllegalArgumentException("a reply needs a message");
        }
        if (messages.stream().anyMatch(m -> m.content().isEmpty() && m.embeds().isEmpty())) {
            throw new IllegalArgumentException("a message needs text or an embed");
        }
    }

    /** One message of text, shortened with an ellipsis if it is longer than Discord allows. */
    static Reply text(String text) {
        return new Reply(List.of(new DiscordMessage(Limits.fit(text, Message.MAX_CONTENT_LENGTH), List.of())));
    }

    /** Embeds in order, as many messages as Discord's limits need, packed as editions are. */
    static Reply embeds(List<DigestEmbed> embeds) {
        return new Reply(EditionMessages.pack("", embeds));
    }
}
