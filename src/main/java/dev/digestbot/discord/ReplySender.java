package dev.digestbot.discord;

import java.util.EnumSet;
import java.util.List;
import net.dv8tion.jda.api.entities.Message;
import net.dv8tion.jda.api.interactions.InteractionHook;
import net.dv8tion.jda.api.utils.messages.MessageCreateBuilder;
import net.dv8tion.jda.api.utils.messages.MessageCreateData;
import net.dv8tion.jda.api.utils.messages.MessageEditBuilder;
import net.dv8tion.jda.api.utils.messages.MessageEditData;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Sends a command's answer after its reply was deferred: the first message replaces the deferred
 * one, the rest follow in order. Runs on a worker thread, where waiting for each request keeps the
 * messages in order. Every message allows no mentions: new ones get that from the connection's
 * default, and edits, which JDA sends without {@code allowed_mentions} unless told, say so here.
 */
final class ReplySender {
    private static final Logger LOG = LoggerFactory.getLogger(ReplySender.class);
    private static final EnumSet<Message.MentionType> NO_MENTIONS = EnumSet.noneOf(Message.MentionType.class);

    private ReplySender() {}

    /** Sends {@code reply} through {@code hook}; follow-ups are {@code ephemeral} like the reply. */
    static void send(InteractionHook hook, Reply reply, boolean ephemeral) {
        List<Reply.Page> pages = reply.pages();
        hook.editOriginal(edit(pages.get(0))).complete();
        for (Reply.Page page : pages.subList(1, pages.size())) {
            hook.sendMessage(create(page)).setEphemeral(ephemeral).complete();
        }
    }

    /**
     * Answers with {@code text} seen only by the member who asked. A public deferred reply cannot
     * become private, so it is deleted and the text follows privately.
     */
    static void sendPrivately(InteractionHook hook, String text, boolean deferredEphemeral) {
        Reply.Page page = Reply.text(text).pages().get(0);
        try {
            if (deferredEphemeral) {
                hook.editOriginal(edit(page)).complete();
            } else {
                hook.deleteOriginal().complete();
                hook.sendMessage(create(page)).setEphemeral(true).complete();
            }
        } catch (RuntimeException e) {
            LOG.warn("Could not answer an interaction with \"{}\": {}", text, e.getMessage(), e);
        }
    }

    private static MessageEditData edit(Reply.Page page) {
        MessageEditBuilder message = new MessageEditBuilder().setEmbeds(page.embeds());
        if (!page.content().isEmpty()) {
            message.setContent(page.content());
        }
        return message.setAllowedMentions(NO_MENTIONS).build();
    }

    private static MessageCreateData create(Reply.Page page) {
        return new MessageCreateBuilder()
                .setContent(page.content())
                .setEmbeds(page.embeds())
                .setAllowedMentions(NO_MENTIONS)
                .build();
    }
}
