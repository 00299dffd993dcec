package dev.digestbot.cli;

import dev.digestbot.deliver.PermanentDeliveryException;
import dev.digestbot.deliver.TransientDeliveryException;
import dev.digestbot.deliver.email.ConfirmationMailer;
import dev.digestbot.discord.EmailSignup;
import dev.digestbot.store.Cadence;
import dev.digestbot.store.EmailAddress;
import dev.digestbot.store.IssuedToken;
import dev.digestbot.store.Subscriber;
import dev.digestbot.store.SubscriberRepository;
import dev.digestbot.store.Subscription;
import dev.digestbot.store.TokenResult;
import dev.digestbot.web.ConfirmOutcome;
import dev.digestbot.web.SubscribeOutcome;
import dev.digestbot.web.Subscriptions;
import dev.digestbot.web.UnsubscribeOutcome;
import java.net.URI;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Double opt-in over the subscriber store, as the web pages, {@code /digest subscribe} and {@code
 * subscribers add} start it: a subscription that needs confirming gets its confirmation mail at
 * once, with a link under the web server's public address.
 */
final class NewsletterSignup implements Subscriptions, EmailSignup {
    private static final Logger LOG = LoggerFactory.getLogger(NewsletterSignup.class);

    private final SubscriberRepository subscribers;
    private final ConfirmationMailer mailer;
    private final URI baseUrl;
    private final List<Cadence> cadences;

    /**
     * @param baseUrl the web server's public address, ending in {@code /}
     * @param cadences the cadences readers may choose, every edition first
     */
    NewsletterSignup(SubscriberRepository subscribers, ConfirmationMailer mailer, URI baseUrl, List<Cadence> cadences) {
        this.subscribers = subscribers;
        this.mailer = mailer;
        this.baseUrl = baseUrl;
        this.cadences = List.copyOf(cadences);
    }

    @Override
    public List<Cadence> cadences() {
        return cadences;
    }

    @Override
    public SubscribeOutcome subscribe(String email, Cadence cadence) {
        return mailConfirmation(subscribers.subscribe(email, cadence));
    }

    @Override
    public Result subscribe(String email, Cadence cadence, String discordUser) {
        if (!EmailAddress.isValid(email)) {
            return Result.NOT_AN_ADDRESS;
        }
        Cadence offered = cadences.contains(cadence) ? cadence : Cadence.EVERY;
        SubscribeOutcome outcome = mailConfirmation(subscribers.subscribeFromDiscord(email, offered, discordUser));
        return outcome == SubscribeOutcome.NOT_SENT ? Result.NOT_SENT : Result.STARTED;
    }

    @Override
    public int unsubscribeUser(String discordUser) {
        return subscribers.unsubscribeDiscordUser(discordUser).size();
    }

    @Override
    public ConfirmOutcome confirm(String token) {
        TokenResult result = subscribers.confirm(token);
        return switch (result.status()) {
            case ACCEPTED -> ConfirmOutcome.CONFIRMED;
            case USED -> ConfirmOutcome.ALREADY_USED;
            case EXPIRED -> ConfirmOutcome.EXPIRED;
            case UNKNOWN -> ConfirmOutcome.UNKNOWN;
        };
    }

    @Override
    public UnsubscribeOutcome unsubscribe(String token) {
        TokenResult result = subscribers.unsubscribe(token);
        return switch (result.status()) {
            case ACCEPTED -> UnsubscribeOutcome.UNSUBSCRIBED;
            case USED, EXPIRED -> UnsubscribeOutcome.ALREADY_UNSUBSCRIBED;
            case UNKNOWN -> UnsubscribeOutcome.UNKNOWN;
        };
    }

    /**
     * Mails {@code pending}, added from the command line, a confirmation link, keeping the cadence
     * it was added with.
     */
    SubscribeOutcome invite(Subscriber pending) {
        return mailConfirmation(subscribers.subscribe(pending.email(), pending.cadence()));
    }

    /**
     * Mails the confirmation {@code subscription} asks for, if any. A mail that cannot go out now
     * leaves the address pending: asking again sends a new link.
     */
    private SubscribeOutcome mailConfirmation(Subscription subscription) {
        if (subscription.confirmation().isEmpty()) {
            return SubscribeOutcome.ALREADY_ACTIVE;
        }
        IssuedToken token = subscription.confirmation().get();
        String email = subscription.subscriber().email();
        try {
            mailer.send(
                    email,
                    baseUrl.resolve("confirm/" + token.token()),
                    token.expiresAt(),
                    subscription.cadenceChange());
            LOG.info("Confirmation mail sent to subscriber {}", token.subscriberId());
            return SubscribeOutcome.CONFIRMATION_SENT;
        } catch (TransientDeliveryException | PermanentDeliveryException e) {
            // servers quote the address in their replies; the log names subscribers by id only
            LOG.warn(
                    "Confirmation mail to subscriber {} not sent: {}",
                    token.subscriberId(),
                    e.getMessage().replace(email, "<address>"));
            return SubscribeOutcome.NOT_SENT;
        }
    }
}
