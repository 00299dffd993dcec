package dev.digestbot.deliver.email;

import static org.assertj.core.api.Assertions.assertThat;

import dev.digestbot.testing.TestClock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class RateLimiterTest {
    private final TestClock clock = TestClock.at("2025-05-01T09:00:00Z");
    private final List<Duration> pauses = new ArrayList<>();

    @Test
    void sendsInABurstAreSpacedEvenlyEachWaitingOnlyForItsOwnSlot() throws InterruptedException {
        RateLimiter limiter = RateLimiter.perSecond(10, clock, pauses::add);

        for (int i = 0; i < 4; i++) {
            limiter.acquire();
        }

        assertThat(pauses).containsExactly(Duration.ofMillis(100), Duration.ofMillis(200), Duration.ofMillis(300));
    }

    @Test
    void sendsSlowerThanTheRateNeverWaitAndAPauseSavesNothingUp() throws InterruptedException {
        RateLimiter limiter = RateLimiter.perSecond(10, clock, pauses::add);

        for (int i = 0; i < 3; i++) {
            limiter.acquire();
            clock.advance(Duration.ofMillis(150));
        }
        clock.advance(Duration.ofMinutes(5));
        limiter.acquire();
        limiter.acquire();

        assertThat(pauses).containsExactly(Duration.ofMillis(100));
    }

    @Test
    void zeroMeansNoLimit() throws InterruptedException {
        RateLimiter limiter = RateLimiter.perSecond(0, clock, pauses::add);

        for (int i = 0; i < 1000; i++) {
            limiter.acquire();
        }

        assertThat(pauses).isEmpty();
    }
}
