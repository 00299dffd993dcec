package dev.digestbot.discord;

import dev.digestbot.deliver.discord.DiscordMessage;
import dev.digestbot.deliver.discord.JdaMessages;
import java.util.EnumSet;
import java.util.List;
import net.dv8tion.jda.api.entities.Message;
import net.dv8tion.jda.api.interactions.InteractionHook;
import net.dv8tion.jda.api.utils.messages.MessageEditBuilder;
import net.dv8tion.jda.api.utils.messages.MessageEditData;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Sends a command's answer after its reply was deferred: the first message replaces the deferred
 * one, the rest follow in order. Runs on a worker thread, where waiting for each request keeps the
 * messages in order. Every message allows no mentions: new ones are built by {@link JdaMessages},
 * which says so, and edits, which JDA sends without {@code allowed_mentions} unless told, say so here.
 */
final class ReplySender {
    private static final Logger LOG = LoggerFactory.getLogger(ReplySender.class);
    private static final EnumSet<Message.MentionType> NO_MENTIONS = EnumSet.noneOf(Message.MentionType.class);

    private ReplySender() {}

    /** Sends {@code reply} through {@code hook}; follow-ups are {@code ephemeral} like the reply. */
    static void send(InteractionHook hook, Reply reply, boolean ephemeral) {
        List<DiscordMessage> messages = reply.messages();
        hook.editOriginal(edit(messages.get(0))).complete();
        for (DiscordMessage message : messages.subList(1, messages.size())) {
            hook.sendMessage(JdaMessages.message(message))
                    .setEphemeral(ephemeral)
                    .complete();
        }
    }

    /**
     * Answers with {@code text} seen only by the member who asked. A public deferred reply cannot
     * become private, so it is deleted and the text follows privately.
     */
    static void sendPrivately(InteractionHook hook, String text, boolean deferredEphemeral) {
        DiscordMessage message = Reply.text(text).messages().get(0);
        try {
            if (deferredEphemeral) {
                hook.editOriginal(edit(message)).complete();
            } else {
                hook.deleteOriginal().complete();
                hook.sendMessage(JdaMessages.message(message))
                        .setEphemeral(true)
                        .complete();
            }
        } catch (RuntimeException e) {
            LOG.warn("Could not answer an interaction with \"{}\": {}", text, e.getMessage(), e);
        }
    }

    /** {@code message} as an edit, which only sets the text when there is some. */
    private static MessageEditData edit(DiscordMessage message) {
        MessageEditBuilder edit = new MessageEditBuilder()
                .setEmbeds(message.embeds().stream().map(JdaMessages::embed).toList());
        if (!message.content().isEmpty()) {
            edit.setContent(message.content());
        }
        return edit.setAllowedMentions(NO_MENTIONS).build();
    }
}
