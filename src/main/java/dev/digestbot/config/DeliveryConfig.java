package dev.digestbot.config;

import java.time.Duration;

/**
 * The {@code delivery} section: how failed deliveries are retried.
 *
 * @param backoff the wait before the first retry; each further retry waits twice as long
 * @param maxBackoff the longest wait between two attempts
 * @param maxAttempts attempts before a delivery is marked failed for good
 * @param poll how often deliveries that are due are looked for
 */
public record DeliveryConfig(Duration backoff, Duration maxBackoff, int maxAttempts, Duration poll) {
    /** The retry policy used when the config file does not set it. */
    public static final DeliveryConfig DEFAULTS =
            new DeliveryConfig(Duration.ofSeconds(30), Duration.ofHours(1), 8, Duration.ofSeconds(15));
}
