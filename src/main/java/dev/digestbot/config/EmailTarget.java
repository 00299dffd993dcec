package dev.digestbot.config;

import java.util.Collections;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * An {@code email} destination: a newsletter; each edition is mailed to the destination's active
 * subscribers.
 *
 * @param from the sender, an address with an optional name: {@code Digest Bot <news@example.org>}
 * @param replyTo where replies go, if not to {@code from}
 * @param listId the list's identifier for the {@code List-Id} header (RFC 2919), such as {@code
 *     daily.news.example.org}; by default the destination's name under the domain of {@code from}
 * @param unsubscribeMailto an address that takes unsubscribe requests by mail, offered in {@code
 *     List-Unsubscribe} beside the one-click link; none when empty
 * @param rollups the slower cadences the newsletter offers (its {@code daily-cron} and {@code
 *     weekly-cron}); readers who chose one of them get its roll-ups instead of every edition
 * @param rollup which roll-up this destination sends, or empty for every edition: a newsletter
 *     with {@code daily-cron} is read as two destinations, {@code NAME} and {@code NAME.daily}
 */
public record EmailTarget(
        String from,
        Optional<String> replyTo,
        String listId,
        Optional<String> unsubscribeMailto,
        Set<Rollup> rollups,
        Optional<Rollup> rollup)
        implements DestinationTarget {
    public EmailTarget {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(replyTo, "replyTo");
        Objects.requireNonNull(listId, "listId");
        Objects.requireNonNull(unsubscribeMailto, "unsubscribeMailto");
        rollups = rollups.isEmpty() ? Set.of() : Collections.unmodifiableSet(EnumSet.copyOf(rollups));
        Objects.requireNonNull(rollup, "rollup");
    }

    /** A newsletter that sends every edition and offers no roll-ups. */
    public EmailTarget(String from, Optional<String> replyTo, String listId, Optional<String> unsubscribeMailto) {
        this(from, replyTo, listId, unsubscribeMailto, Set.of(), Optional.empty());
    }

    /** The same newsletter, sending {@code kind} roll-ups. */
    public EmailTarget sending(Rollup kind) {
        return new EmailTarget(from, replyTo, listId, unsubscribeMailto, rollups, Optional.of(kind));
    }

    @Override
    public String type() {
        return "email";
    }
}
