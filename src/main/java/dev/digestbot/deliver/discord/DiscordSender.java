package dev.digestbot.deliver.discord;

import dev.digestbot.deliver.DeliveryProgress;
import dev.digestbot.deliver.PermanentDeliveryException;
import dev.digestbot.deliver.Sender;
import dev.digestbot.deliver.TransientDeliveryException;
import dev.digestbot.deliver.discord.DiscordFailures.Failure;
import dev.digestbot.edition.Edition;
import dev.digestbot.edition.RenderedEdition;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import net.dv8tion.jda.api.JDA;
import net.dv8tion.jda.api.entities.channel.middleman.GuildMessageChannel;
import net.dv8tion.jda.api.requests.restaction.MessageCreateAction;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Posts an edition to one Discord channel (the recipient is the channel id) as the messages {@link
 * EditionMessages} lays out, one after the other, each waited for. A retry resumes after the
 * messages that went out, and each message carries a nonce made from the delivery and its place,
 * which Discord enforces for a few minutes: a message whose answer was lost but which did land is
 * not posted twice when the retry comes soon (JDA's own retries of 502-504, a short backoff). A
 * retry that comes later, or a bot that died between a post and recording it, can post that one
 * message again.
 *
 * <p>Missing access or permissions, an unknown channel and any other refusal are permanent, and
 * reported to the admin channel when there is one; server errors, timeouts and network failures
 * are transient and retried by the outbox. Rate limits are JDA's to wait out.
 */
public final class DiscordSender implements Sender {
    private static final Logger LOG = LoggerFactory.getLogger(DiscordSender.class);
    /** Longest wait for one message to be sent, rate limits included. */
    static final Duration MESSAGE_TIMEOUT = Duration.ofMinutes(2);

    private final JDA jda;
    private final EditionMessages layout;
    private final AdminAlert alert;

    /**
     * @param jda the connected client
     * @param layout how the destination's editions are laid out (its time zone, header or not)
     * @param adminChannel the channel id permanent failures are reported to, if any
     */
    public DiscordSender(JDA jda, EditionMessages layout, Optional<String> adminChannel) {
        this.jda = jda;
        this.layout = layout;
        this.alert = new AdminAlert(jda, adminChannel);
    }

    /** Posts the whole edition, remembering nothing: for a send outside the outbox. */
    @Override
    public void send(Edition edition, RenderedEdition rendered, String recipient)
            throws TransientDeliveryException, PermanentDeliveryException {
        send(edition, rendered, recipient, DeliveryProgress.NONE);
    }

    @Override
    public void send(Edition edition, RenderedEdition rendered, String channelId, DeliveryProgress progress)
            throws TransientDeliveryException, PermanentDeliveryException {
        List<DiscordMessage> messages = layout.of(edition);
        GuildMessageChannel channel = jda.getChannelById(GuildMessageChannel.class, channelId);
        if (channel == null) {
            if (jda.getStatus() != JDA.Status.CONNECTED) {
                // a new gateway session empties the channel cache until the servers arrive again
                throw new TransientDeliveryException(
                        "channel " + channelId + " is not visible while the Discord connection is " + jda.getStatus());
            }
            int unavailable = jda.getUnavailableGuilds().size();
            if (unavailable > 0) {
                // during a Discord outage a server's channels vanish from view and come back with it
                throw new TransientDeliveryException("channel " + channelId + " is not visible while " + unavailable
                        + " of the bot's servers are unavailable in a Discord outage");
            }
            throw permanent(edition, channelId, DiscordFailures.cannotSee(channelId), null);
        }
        for (int part = progress.partsSent(); part < messages.size(); part++) {
            post(channel, messages.get(part), nonce(progress, part), edition);
            progress.record(part + 1);
            LOG.debug(
                    "Edition {} of {}: message {} of {} posted to {}",
                    edition.number(),
                    edition.destination(),
                    part + 1,
                    messages.size(),
                    channelId);
        }
    }

    private void post(GuildMessageChannel channel, DiscordMessage message, String nonce, Edition edition)
            throws TransientDeliveryException, PermanentDeliveryException {
        try {
            MessageCreateAction action = channel.sendMessage(JdaMessages.message(message));
            if (nonce != null) {
                action = action.setNonce(nonce);
            }
            action.timeout(MESSAGE_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS).complete();
        } catch (RuntimeException e) {
            Failure failure = DiscordFailures.of(e, channel.getId());
            if (failure == null) {
                throw e;
            }
            if (failure.permanent()) {
                throw permanent(edition, channel.getId(), failure, e);
            }
            throw new TransientDeliveryException(failure.reason(), e);
        }
    }

    private PermanentDeliveryException permanent(Edition edition, String channelId, Failure failure, Throwable cause) {
        alert.report(edition, channelId, failure.reason());
        return new PermanentDeliveryException(failure.reason(), cause);
    }

    /**
     * The same text on every attempt at one message of one delivery, so Discord can tell a resend
     * from a new message; at most 25 characters, as Discord allows. Null outside the outbox.
     */
    private static String nonce(DeliveryProgress progress, int part) {
        return progress.deliveryId() == 0 ? null : "d" + progress.deliveryId() + "p" + part;
    }
}
