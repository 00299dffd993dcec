package dev.digestbot.web;

import java.time.Duration;
import java.util.Objects;

/**
 * How many subscribe requests one client may make: a burst of {@code burst} at once, then one per
 * {@code refill}.
 */
public record RateLimit(int burst, Duration refill) {
    /** Five at once, then one every two minutes: plenty for a person, little for a script. */
    public static final RateLimit DEFAULT = new RateLimit(5, Duration.ofMinutes(2));

    public RateLimit {
        Objects.requireNonNull(refill, "refill");
        if (burst < 1 || refill.isNegative() || refill.isZero()) {
            throw new IllegalArgumentException("burst must be positive and refill above zero");
        }
    }
}
