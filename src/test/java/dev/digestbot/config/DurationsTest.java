package dev.digestbot.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class DurationsTest {
    @Test
    void readsEachUnit() {
        assertThat(Durations.parse("500ms")).contains(Duration.ofMillis(500));
        assertThat(Durations.parse("30s")).contains(Duration.ofSeconds(30));
        assertThat(Durations.parse(" 5 m ")).contains(Duration.ofMinutes(5));
        assertThat(Durations.parse("1H")).contains(Duration.ofHours(1));
        assertThat(Durations.parse("2d")).contains(Duration.ofDays(2));
    }

    @Test
    void rejectsOtherForms() {
        assertThat(Durations.parse("30")).isEmpty();
        assertThat(Durations.parse("1.5h")).isEmpty();
        assertThat(Durations.parse("-3s")).isEmpty();
        assertThat(Durations.parse("1h30m")).isEmpty();
        assertThat(Durations.parse("PT30S")).isEmpty();
    }

    @Test
    void formatsInTheLargestWholeUnit() {
        assertThat(Durations.format(Duration.ofMillis(1500))).isEqualTo("1500ms");
        assertThat(Durations.format(Duration.ofSeconds(90))).isEqualTo("90s");
        assertThat(Durations.format(Duration.ofMinutes(5))).isEqualTo("5m");
        assertThat(Durations.format(Duration.ofHours(2))).isEqualTo("2h");
        assertThat(Durations.format(Duration.ofDays(1))).isEqualTo("1d");
    }
}
