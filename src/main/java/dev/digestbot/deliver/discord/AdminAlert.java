package dev.digestbot.deliver.discord;

import dev.digestbot.edition.Edition;
import java.util.EnumSet;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import net.dv8tion.jda.api.JDA;
import net.dv8tion.jda.api.entities.Message;
import net.dv8tion.jda.api.entities.channel.middleman.GuildMessageChannel;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Tells the admins, in their channel, that an edition could not be posted and how to send it again
 * once fixed. An alert that cannot be posted is logged and otherwise let go: it must not change
 * what happens to the delivery.
 */
final class AdminAlert {
    private static final Logger LOG = LoggerFactory.getLogger(AdminAlert.class);

    private final JDA jda;
    private final Optional<String> channel;

    AdminAlert(JDA jda, Optional<String> channel) {
        this.jda = jda;
        this.channel = channel;
    }

    /** Posts the alert, unless no admin channel is set or it is the channel that failed. */
    void report(Edition edition, String failedChannel, String reason) {
        if (channel.isEmpty() || channel.get().equals(failedChannel)) {
            return;
        }
        String text = "⚠️ Edition " + edition.number() + " of **" + edition.destination() + "** could not be posted"
                + " to <#" + failedChannel + "> (" + failedChannel + "): " + reason + ".\nFix that, then run `digestbot"
                + " send --retry-failed " + edition.destination() + "`.";
        GuildMessageChannel admin = jda.getChannelById(GuildMessageChannel.class, channel.get());
        if (admin == null) {
            LOG.warn("No alert about {}: the bot cannot see admin channel {}", edition.destination(), channel.get());
            return;
        }
        try {
            admin.sendMessage(Limits.fit(text, Limits.CONTENT))
                    .setAllowedMentions(EnumSet.noneOf(Message.MentionType.class))
                    .timeout(DiscordSender.MESSAGE_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS)
                    .complete();
            LOG.info("Alerted admin channel {} about {}", channel.get(), edition.destination());
        } catch (RuntimeException e) {
            LOG.warn("Could not alert admin channel {} about {}", channel.get(), edition.destination(), e);
        }
    }
}
