package dev.digestbot.cli;

import dev.digestbot.config.DigestbotConfig;
import dev.digestbot.config.EmailTarget;
import dev.digestbot.config.Rollup;
import dev.digestbot.deliver.email.UnsubscribeLinks;
import dev.digestbot.store.Cadence;
import dev.digestbot.store.Subscriber;
import dev.digestbot.store.SubscriberRepository;
import dev.digestbot.store.SubscriberStatus;
import java.net.URI;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Who an email destination's editions go to, and each reader's unsubscribe link: the active
 * addresses of the subscriber store get each edition, and each reader's link is {@code
 * <web.base-url>unsubscribe/<signed token>}.
 */
final class SubscriberAudience {
    private final SubscriberRepository subscribers;
    private final URI baseUrl;
    private final int bounceLimit;
    // address → subscriber id, so that a fan-out to thousands does not look each reader up again
    private final Map<String, Long> ids = new ConcurrentHashMap<>();

    /**
     * @param baseUrl the web server's public address, ending in {@code /}
     * @param bounceLimit refusals for good after which an address gets no more mail
     */
    SubscriberAudience(SubscriberRepository subscribers, URI baseUrl, int bounceLimit) {
        this.subscribers = subscribers;
        this.baseUrl = baseUrl;
        this.bounceLimit = bounceLimit;
    }

    /**
     * The addresses that get the next edition of {@code newsletter}: the active subscribers of its
     * roll-up's cadence, or, for every edition, those who chose every edition or a cadence it does
     * not offer.
     */
    List<String> recipients(EmailTarget newsletter) {
        Set<Cadence> cadences = cadences(newsletter);
        List<Subscriber> active = subscribers.list(SubscriberStatus.ACTIVE);
        active.forEach(s -> ids.put(key(s.email()), s.id()));
        return active.stream()
                .filter(s -> cadences.contains(s.cadence()))
                .map(Subscriber::email)
                .toList();
    }

    /** The cadences readers may choose: every edition, and each roll-up an email destination offers. */
    static List<Cadence> offered(DigestbotConfig config) {
        Set<Cadence> offered = EnumSet.of(Cadence.EVERY);
        config.destinations().values().stream()
                .filter(d -> d.target() instanceof EmailTarget)
                .flatMap(d -> ((EmailTarget) d.target()).rollups().stream())
                .forEach(r -> offered.add(cadence(r)));
        return List.copyOf(offered);
    }

    private static Set<Cadence> cadences(EmailTarget newsletter) {
        if (newsletter.rollup().isPresent()) {
            return EnumSet.of(cadence(newsletter.rollup().get()));
        }
        Set<Cadence> every = EnumSet.allOf(Cadence.class);
        newsletter.rollups().forEach(r -> every.remove(cadence(r)));
        return every;
    }

    private static Cadence cadence(Rollup rollup) {
        return switch (rollup) {
            case DAILY -> Cadence.DAILY;
            case WEEKLY -> Cadence.WEEKLY;
        };
    }

    /**
     * The unsubscribe links of {@code destination}'s readers. A reader who is not active when the
     * bot first needs their link (removed, or gone while a retry waited across a restart) has none,
     * and gets no mail.
     */
    UnsubscribeLinks links(String destination) {
        return recipient -> id(recipient).map(id -> baseUrl.resolve("unsubscribe/" + subscribers.unsubscribeToken(id)));
    }

    /** Counts a refusal for good of {@code recipient}; at the limit it is bounced. */
    void bounced(String recipient) {
        subscribers.recordBounce(recipient, bounceLimit);
    }

    /**
     * The id of the active subscriber {@code recipient} is. The editions made in this run fill the
     * cache; a miss asks the store.
     */
    private Optional<Long> id(String recipient) {
        Long id = ids.computeIfAbsent(
                key(recipient),
                k -> subscribers
                        .find(recipient)
                        .filter(s -> s.status() == SubscriberStatus.ACTIVE)
                        .map(Subscriber::id)
                        .orElse(null));
        return Optional.ofNullable(id);
    }

    private static String key(String email) {
        return email.toLowerCase(Locale.ROOT);
    }
}
