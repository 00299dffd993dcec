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
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
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
 *
 * <p>The readers an edition was made for are kept for {@link #FRESH}, with their links, so that
 * the fan-out that follows does not ask the store about each of them again. Later, as for a
 * retry, a reader is looked up anew: one who has left since gets nothing.
 */
final class SubscriberAudience {
    /** How long a reader's status, read when an edition was made, is taken as still true. */
    static final Duration FRESH = Duration.ofMinutes(1);

    private final SubscriberRepository subscribers;
    private final URI baseUrl;
    private final int bounceLimit;
    private final Clock clock;
    private final Map<String, Reader> readers = new ConcurrentHashMap<>();

    /** An active reader's link, and when the store said they were active. */
    private record Reader(URI link, Instant seen) {}

    /**
     * @param baseUrl the web server's public address, ending in {@code /}
     * @param bounceLimit refusals for good after which an address gets no more mail
     */
    SubscriberAudience(SubscriberRepository subscribers, URI baseUrl, int bounceLimit, Clock clock) {
        this.subscribers = subscribers;
        this.baseUrl = baseUrl;
        this.bounceLimit = bounceLimit;
        this.clock = clock;
    }

    /**
     * The addresses that get the next edition of {@code newsletter}: the active subscribers of its
     * roll-up's cadence, or, for every edition, those who chose every edition or a cadence it does
     * not offer.
     */
    List<String> recipients(EmailTarget newsletter) {
        Set<Cadence> cadences = cadences(newsletter);
        Instant now = clock.instant();
        List<String> addresses = new ArrayList<>();
        for (Subscriber reader : subscribers.list(SubscriberStatus.ACTIVE)) {
            if (cadences.contains(reader.cadence())) {
                readers.put(key(reader.email()), new Reader(link(reader), now));
                addresses.add(reader.email());
            }
        }
        return addresses;
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
     * The readers' unsubscribe links. A reader who is no longer active (removed, unsubscribed,
     * bounced) has none, and gets no mail.
     */
    UnsubscribeLinks links() {
        return recipient -> {
            Reader kept = readers.get(key(recipient));
            if (kept != null && kept.seen().plus(FRESH).isAfter(clock.instant())) {
                return Optional.of(kept.link());
            }
            Optional<Subscriber> active =
                    subscribers.find(recipient).filter(s -> s.status() == SubscriberStatus.ACTIVE);
            active.ifPresentOrElse(
                    s -> readers.put(key(recipient), new Reader(link(s), clock.instant())),
                    () -> readers.remove(key(recipient)));
            return active.map(this::link);
        };
    }

    /** Counts a refusal for good of {@code recipient}; at the limit it is bounced. */
    void bounced(String recipient) {
        readers.remove(key(recipient));
        subscribers.recordBounce(recipient, bounceLimit);
    }

    private URI link(Subscriber subscriber) {
        return baseUrl.resolve("unsubscribe/" + subscribers.unsubscribeToken(subscriber.id()));
    }

    private static String key(String email) {
        return email.toLowerCase(Locale.ROOT);
    }
}
