package dev.digestbot.deliver;

import java.time.Duration;
import java.util.Objects;
import java.util.Random;

/**
 * When to try a failed delivery again: after {@code base}, then twice as long after each further
 * failure, never longer than {@code cap}, and not at all after {@code maxAttempts} attempts.
 * Without jitter the delays are fixed; with it each delay is shortened by a random share, drawn
 * from a seeded generator so that tests see the same delays every run.
 */
public final class Backoff {
    private static final int MAX_DOUBLINGS = 30;

    private final Duration base;
    private final Duration cap;
    private final int maxAttempts;
    private final double jitter;
    private final Random random;

    private Backoff(Duration base, Duration cap, int maxAttempts, double jitter, Random random) {
        if (base.isNegative() || base.isZero() || cap.compareTo(base) < 0) {
            throw new IllegalArgumentException("backoff needs 0 < base <= cap, got " + base + " and " + cap);
        }
        if (maxAttempts < 1) {
            throw new IllegalArgumentException("backoff needs at least one attempt, got " + maxAttempts);
        }
        if (jitter < 0 || jitter >= 1) {
            throw new IllegalArgumentException("jitter must be in [0, 1), got " + jitter);
        }
        this.base = base;
        this.cap = cap;
        this.maxAttempts = maxAttempts;
        this.jitter = jitter;
        this.random = random;
    }

    /** Delays of base, 2 base, 4 base… up to {@code cap}; at most {@code maxAttempts} attempts. */
    public static Backoff exponential(Duration base, Duration cap, int maxAttempts) {
        return new Backoff(
                Objects.requireNonNull(base, "base"), Objects.requireNonNull(cap, "cap"), maxAttempts, 0, null);
    }

    /**
     * The same delays, each shortened by up to {@code fraction} of itself at random, so that many
     * deliveries failing together do not all come back at the same moment.
     */
    public Backoff withJitter(double fraction, long seed) {
        return new Backoff(base, cap, maxAttempts, fraction, new Random(seed));
    }

    /** How long to wait after the {@code attempts}-th failed attempt (1 for the first). */
    public Duration delayAfter(int attempts) {
        int doublings = Math.min(Math.max(attempts, 1) - 1, MAX_DOUBLINGS);
        Duration delay = base.multipliedBy(1L << doublings);
        if (delay.compareTo(cap) > 0) {
            delay = cap;
        }
        if (jitter == 0) {
            return delay;
        }
        return delay.minusMillis((long) (delay.toMillis() * jitter * random.nextDouble()));
    }

    /** Whether a delivery that has failed {@code attempts} times is given up. */
    public boolean exhausted(int attempts) {
        return attempts >= maxAttempts;
    }
}
