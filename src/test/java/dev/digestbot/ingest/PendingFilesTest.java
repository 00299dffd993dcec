package dev.digestbot.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import dev.digestbot.testing.TestClock;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class PendingFilesTest {
    private static final Duration STABLE = Duration.ofSeconds(2);
    private static final Duration SETTLE = Duration.ofMillis(50);
    private static final Path FILE = Path.of("inbox/a.txt");
    private static final Instant T0 = Instant.parse("2026-01-01T00:00:00Z");

    private final TestClock clock = new TestClock(T0);
    private final PendingFiles pending = new PendingFiles(STABLE, SETTLE, clock);

    @Test
    void aFileFoundByAScanWaitsTheStableInterval() {
        assertThat(pending.check(FILE, state(100, 1), false)).contains(T0.plus(STABLE));
        clock.advance(STABLE.minusMillis(1));
        assertThat(pending.check(FILE, state(100, 1), false)).isPresent();
        clock.advance(Duration.ofMillis(1));
        assertThat(pending.check(FILE, state(100, 1), false)).isEmpty();
        assertThat(pending.contains(FILE)).isFalse();
    }

    @Test
    void aChangeStartsTheWaitAgain() {
        pending.check(FILE, state(100, 1), false);
        clock.advance(Duration.ofMillis(1500));
        Instant changedAt = clock.instant();

        assertThat(pending.check(FILE, state(200, 2), false)).contains(changedAt.plus(STABLE));
        clock.advance(Duration.ofMillis(1000));
        assertThat(pending.check(FILE, state(200, 2), false)).isPresent();
    }

    @Test
    void aFileRenamedInOnlySettles() {
        assertThat(pending.check(FILE, state(100, 1), true)).contains(T0.plus(SETTLE));
        clock.advance(SETTLE);
        assertThat(pending.check(FILE, state(100, 1), false)).isEmpty();
    }

    @Test
    void aCreateEventHandledAfterAScanFoundTheFileStillShortensTheWait() {
        pending.check(FILE, state(100, 1), false);
        clock.advance(Duration.ofMillis(10));

        assertThat(pending.check(FILE, state(100, 1), true))
                .contains(T0.plusMillis(10).plus(SETTLE));
    }

    @Test
    void aCreateEventAfterAModifyEventKeepsTheFullWait() {
        pending.check(FILE, state(100, 1), false);
        pending.writtenInPlace(FILE);

        assertThat(pending.check(FILE, state(100, 1), true)).contains(T0.plus(STABLE));
    }

    @Test
    void aModifyEventAfterTheCreateMeansAWriterAndTheFullWait() {
        pending.check(FILE, state(100, 1), true);
        pending.writtenInPlace(FILE);
        clock.advance(SETTLE);

        assertThat(pending.check(FILE, state(100, 1), false)).contains(T0.plus(STABLE));
    }

    @Test
    void anEmptyFileWaitsLongerWhetherRenamedInOrNot() {
        Instant later = T0.plus(STABLE.multipliedBy(PendingFiles.EMPTY_FACTOR));
        assertThat(pending.check(FILE, state(0, 1), true)).contains(later);
        assertThat(pending.check(Path.of("inbox/b.txt"), state(0, 1), false)).contains(later);
    }

    @Test
    void aFileThatGrowsAfterItsCreateEventLosesTheShortcut() {
        pending.check(FILE, state(100, 1), true);
        clock.advance(Duration.ofMillis(10));

        assertThat(pending.check(FILE, state(150, 2), false))
                .contains(T0.plusMillis(10).plus(STABLE));
    }

    @Test
    void theSettleNeverExceedsTheStableInterval() {
        PendingFiles quick = new PendingFiles(Duration.ofMillis(20), SETTLE, clock);
        assertThat(quick.check(FILE, state(100, 1), true)).contains(T0.plusMillis(20));
    }

    private static FileState state(long size, long modifiedSecond) {
        return new FileState(size, Instant.ofEpochSecond(modifiedSecond));
    }
}
