package dev.digestbot.schedule;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.digestbot.store.Database;
import java.nio.file.Path;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SchedulingTest {
    private static final ZoneId UTC = ZoneId.of("UTC");
    /** Noon on New Year's Day 2099: never fires during a test unless a missed firing is replayed. */
    private static final String NOON = "0 0 12 1 1 ? 2099";

    @TempDir
    Path dir;

    private Database db;
    private final List<String> published = new CopyOnWriteArrayList<>();
    private final AtomicInteger sweeps = new AtomicInteger();

    @BeforeEach
    void openDatabase() {
        db = Database.open("jdbc:h2:file:" + dir.resolve("db"), "sa", "");
    }

    @AfterEach
    void closeDatabase() {
        db.close();
    }

    @Test
    void firesEachDestinationOnItsCron() {
        try (Scheduling s = scheduling(List.of(
                new ScheduledDestination("fast", "* * * * * ?", UTC, Misfire.FIRE_ONCE),
                new ScheduledDestination("daily", NOON, UTC, Misfire.FIRE_ONCE)))) {
            s.start();
            await().atMost(Duration.ofSeconds(5)).until(() -> published.size() >= 2);
            assertThat(published).containsOnly("fast");
            assertThat(s.nextFirings()).containsKeys("fast", "daily");
        }
    }

    @Test
    void sweepsTheOutboxAtTheConfiguredInterval() {
        try (Scheduling s = scheduling(List.of())) {
            s.start();
            await().atMost(Duration.ofSeconds(5)).until(() -> sweeps.get() >= 3);
        }
    }

    @Test
    void aFiringMissedWhileDownIsReplayedOnceWithFireOnce() throws Exception {
        ScheduledDestination daily = new ScheduledDestination("daily", NOON, UTC, Misfire.FIRE_ONCE);
        startAndStop(daily);
        missFirings("daily", Duration.ofDays(3));

        try (Scheduling s = scheduling(List.of(daily))) {
            s.start();
            await().atMost(Duration.ofSeconds(5)).until(() -> !published.isEmpty());
            Thread.sleep(500); // a second replay would come right after the first
            assertThat(published).containsExactly("daily");
            assertThat(s.nextFirings().get("daily")).isAfter(Instant.now());
        }
    }

    @Test
    void aFiringMissedWhileDownIsDroppedWithSkip() throws Exception {
        ScheduledDestination daily = new ScheduledDestination("daily", NOON, UTC, Misfire.SKIP);
        startAndStop(daily);
        missFirings("daily", Duration.ofHours(2));

        try (Scheduling s = scheduling(List.of(daily))) {
            s.start();
            await().atMost(Duration.ofSeconds(5)).until(() -> sweeps.get() >= 2); // the scheduler is running
            assertThat(published).isEmpty();
            assertThat(s.nextFirings().get("daily")).isAfter(Instant.now());
        }
    }

    @Test
    void keepsTheStoredScheduleWhenUnchangedAndFollowsTheConfigWhenChanged() {
        ScheduledDestination daily = new ScheduledDestination("daily", NOON, UTC, Misfire.FIRE_ONCE);
        startAndStop(daily, new ScheduledDestination("old", NOON, UTC, Misfire.FIRE_ONCE));
        ScheduledDestination evening = new ScheduledDestination("daily", "0 0 18 * * ?", UTC, Misfire.FIRE_ONCE);

        try (Scheduling s = scheduling(List.of(evening))) {
            s.start();
            assertThat(s.nextFirings()).containsOnlyKeys("daily");
            assertThat(s.nextFirings().get("daily").atZone(UTC).getHour()).isEqualTo(18);
        }
        assertThat(storedTriggers()).isEqualTo(2); // daily and the outbox sweep; "old" is gone
    }

    @Test
    void closeWaitsForTheEditionInFlight() throws Exception {
        CountDownLatch started = new CountDownLatch(1);
        AtomicBoolean finished = new AtomicBoolean();
        EditionPublishing slow = destination -> {
            started.countDown();
            sleep(Duration.ofMillis(700));
            finished.set(true);
        };
        Scheduling s = new Scheduling(
                db.dataSource(),
                List.of(new ScheduledDestination("fast", "* * * * * ?", UTC, Misfire.FIRE_ONCE)),
                Duration.ofMinutes(1),
                Duration.ofSeconds(1),
                slow,
                sweeps::incrementAndGet);
        s.start();
        assertThat(started.await(5, TimeUnit.SECONDS)).isTrue();
        s.close();
        assertThat(finished).isTrue();
    }

    private Scheduling scheduling(List<ScheduledDestination> destinations) {
        return new Scheduling(
                db.dataSource(),
                destinations,
                Duration.ofMillis(200),
                Duration.ofSeconds(1),
                published::add,
                sweeps::incrementAndGet);
    }

    private void startAndStop(ScheduledDestination... destinations) {
        try (Scheduling s = scheduling(List.of(destinations))) {
            s.start();
        }
        published.clear();
    }

    /** Moves a trigger's next firing into the past, as if the bot had been down across it. */
    private void missFirings(String destination, Duration ago) {
        long past = Instant.now().minus(ago).toEpochMilli();
        int updated = db.inTransaction(c -> {
            try (PreparedStatement ps =
                    c.prepareStatement("UPDATE QRTZ_TRIGGERS SET NEXT_FIRE_TIME = ? WHERE TRIGGER_NAME = ?")) {
                ps.setLong(1, past);
                ps.setString(2, destination);
                return ps.executeUpdate();
            }
        });
        assertThat(updated).isEqualTo(1);
    }

    private int storedTriggers() {
        return db.inTransaction(c -> {
            try (ResultSet rs = c.createStatement().executeQuery("SELECT COUNT(*) FROM QRTZ_TRIGGERS")) {
                rs.next();
                return rs.getInt(1);
            }
        });
    }

    private static void sleep(Duration d) {
        try {
            Thread.sleep(d.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
