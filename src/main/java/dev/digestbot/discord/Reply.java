package dev.digestbot.discord;

import dev.digestbot.deliver.discord.Limits;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import net.dv8tion.jda.api.entities.Message;
import net.dv8tion.jda.api.entities.MessageEmbed;

/**
 * What a command answers: one or more messages, the first replacing the deferred reply and the
 * rest sent as follow-ups, each within Discord's limits on content and embeds.
 *
 * @param pages the messages, in order; at least one
 */
record Reply(List<Page> pages) {
    Reply {
        pages = List.copyOf(pages);
        if (pages.isEmpty()) {
            throw new IllegalArgumentException("a reply needs a message");
        }
    }

    /** One message of text, shortened with an ellipsis if it is longer than Discord allows. */
    static Reply text(String text) {
        return new Reply(List.of(new Page(Limits.fit(text, Message.MAX_CONTENT_LENGTH), List.of())));
    }

    /**
     * Embeds in order, as many messages as Discord's limits need: at most ten embeds and 6,000
     * characters of embed text per message.
     */
    static Reply embeds(List<MessageEmbed> embeds) {
        List<Page> pages = new ArrayList<>();
        List<MessageEmbed> page = new ArrayList<>();
        int size = 0;
        for (MessageEmbed embed : embeds) {
            int length = embed.getLength();
            if (!page.isEmpty()
                    && (page.size() == Message.MAX_EMBED_COUNT || size + length > MessageEmbed.EMBED_MAX_LENGTH_BOT)) {
                pages.add(new Page("", page));
                page = new ArrayList<>();
                size = 0;
            }
            page.add(embed);
            size += length;
        }
        pages.add(new Page("", page));
        return new Reply(pages);
    }

    /**
     * One message.
     *
     * @param content its text, empty for embeds only
     * @param embeds its embeds
     */
    record Page(String content, List<MessageEmbed> embeds) {
        Page {
            Objects.requireNonNull(content, "content");
            embeds = List.copyOf(embeds);
            if (content.isEmpty() && embeds.isEmpty()) {
                throw new IllegalArgumentException("a message needs text or an embed");
            }
        }
    }
}
