package dev.digestbot.store;

import java.time.Instant;

/**
 * A newsletter subscriber.
 *
 * @param email the address as it was given, its domain lower-cased
 * @param confirmedAt when the address last became active, or null if it never did
 * @param unsubscribedAt when it last unsubscribed, or null if it never did
 * @param bounces how many mails to it were rejected for good
 */
public record Subscriber(
        long id,
        String email,
        SubscriberStatus status,
        Cadence cadence,
        Instant createdAt,
        Instant confirmedAt,
        Instant unsubscribedAt,
        int bounces) {}
