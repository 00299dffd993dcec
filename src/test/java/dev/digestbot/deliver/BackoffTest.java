package dev.digestbot.deliver;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class BackoffTest {
    private final Backoff backoff = Backoff.exponential(Duration.ofSeconds(30), Duration.ofMinutes(5), 6);

    @Test
    void delaysDoubleUpToTheCap() {
        assertThat(IntStream.rangeClosed(1, 6).mapToObj(backoff::delayAfter))
                .containsExactly(
                        Duration.ofSeconds(30),
                        Duration.ofMinutes(1),
                        Duration.ofMinutes(2),
                        Duration.ofMinutes(4),
                        Duration.ofMinutes(5),
                        Duration.ofMinutes(5));
        assertThat(backoff.delayAfter(500)).isEqualTo(Duration.ofMinutes(5));
    }

    @Test
    void givesUpAfterTheLastAttempt() {
        assertThat(backoff.exhausted(5)).isFalse();
        assertThat(backoff.exhausted(6)).isTrue();
    }

    @Test
    void jitterShortensDelaysTheSameWayForTheSameSeed() {
        Backoff first = backoff.withJitter(0.5, 42);
        Backoff second = backoff.withJitter(0.5, 42);

        for (int attempt = 1; attempt <= 6; attempt++) {
            Duration delay = first.delayAfter(attempt);
            assertThat(delay).isEqualTo(second.delayAfter(attempt));
            assertThat(delay)
                    .isLessThanOrEqualTo(backoff.delayAfter(attempt))
                    .isGreaterThanOrEqualTo(backoff.delayAfter(attempt).dividedBy(2));
        }
    }

    @Test
    void rejectsSettingsThatCannotWork() {
        assertThatThrownBy(() -> Backoff.exponential(Duration.ZERO, Duration.ofMinutes(1), 3))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Backoff.exponential(Duration.ofMinutes(2), Duration.ofMinutes(1), 3))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Backoff.exponential(Duration.ofSeconds(1), Duration.ofMinutes(1), 0))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
