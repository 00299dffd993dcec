package dev.digestbot.deliver.email;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

/**
 * At most {@code perSecond} sends a second, spread evenly. Each caller reserves the next free
 * slot under a short lock and then waits for it outside the lock, so a caller waits exactly as
 * long as the rate requires and never behind another caller's wait; when sends come slower than
 * the rate, nobody waits at all. Time is read from the clock, so tests can drive it.
 */
final class RateLimiter {
    /** Waits for a while; {@link Thread#sleep} outside tests. */
    @FunctionalInterface
    interface Pause {
        void pause(Duration duration) throws InterruptedException;
    }

    private final Duration interval;
    private final Clock clock;
    private final Pause pause;
    private Instant nextFree = Instant.MIN;

    private RateLimiter(Duration interval, Clock clock, Pause pause) {
        this.interval = interval;
        this.clock = clock;
        this.pause = pause;
    }

    /** No limit: {@link #acquire()} returns at once. */
    static RateLimiter unlimited() {
        return new RateLimiter(Duration.ZERO, Clock.systemUTC(), d -> {});
    }

    /** {@code perSecond} sends a second; 0 for no limit. */
    static RateLimiter perSecond(int perSecond, Clock clock, Pause pause) {
        if (perSecond < 0) {
            throw new IllegalArgumentException("a rate is 0 (no limit) or more, got " + perSecond);
        }
        return perSecond == 0
                ? unlimited()
                : new RateLimiter(Duration.ofNanos(1_000_000_000L / perSecond), clock, pause);
    }

    /** {@code perSecond} sends a second by the system clock. */
    static RateLimiter perSecond(int perSecond) {
        return perSecond(perSecond, Clock.systemUTC(), RateLimiter::sleep);
    }

    /** Waits until the caller may send. */
    void acquire() throws InterruptedException {
        if (interval.isZero()) {
            return;
        }
        Duration wait = reserve();
        if (!wait.isZero()) {
            pause.pause(wait);
        }
    }

    /** Takes the next free slot and says how long until it comes. */
    private synchronized Duration reserve() {
        Instant now = clock.instant();
        Instant slot = nextFree.isAfter(now) ? nextFree : now;
        nextFree = slot.plus(interval);
        return Duration.between(now, slot);
    }

    private static void sleep(Duration duration) throws InterruptedException {
        Thread.sleep(duration.toMillis(), duration.toNanosPart() % 1_000_000);
    }
}
