package dev.digestbot.web;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;

/**
 * A token bucket per client address. Buckets that have filled up again are the same as no
 * bucket, so they are dropped once the table grows, which bounds its memory under a flood of
 * addresses.
 */
final class ClientRateLimiter {
    /** Table size at which full buckets are dropped. */
    private static final int PRUNE_AT = 10_000;

    private final RateLimit limit;
    private final Clock clock;
    private final Map<String, Bucket> buckets = new HashMap<>();

    ClientRateLimiter(RateLimit limit, Clock clock) {
        this.limit = limit;
        this.clock = clock;
    }

    /** Takes one token from {@code client}'s bucket; false when it is empty. */
    synchronized boolean tryAcquire(String client) {
        Instant now = clock.instant();
        if (buckets.size() >= PRUNE_AT) {
            buckets.values().removeIf(bucket -> bucket.tokensAt(now, limit) >= limit.burst());
        }
        Bucket bucket = buckets.computeIfAbsent(client, c -> new Bucket(limit.burst(), now));
        double tokens = bucket.tokensAt(now, limit);
        if (tokens < 1) {
            return false;
        }
        buckets.put(client, new Bucket(tokens - 1, now));
        return true;
    }

    /** Tokens left at {@code at}, counted from the last take. */
    private record Bucket(double tokens, Instant at) {
        double tokensAt(Instant now, RateLimit limit) {
            double refilled = (double) Duration.between(at, now).toNanos()
                    / limit.refill().toNanos();
            return Math.min(limit.burst(), tokens + Math.max(0, refilled));
        }
    }
}
