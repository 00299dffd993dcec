package dev.digestbot.store;

import static org.assertj.core.api.Assertions.assertThat;

import dev.digestbot.testing.DigestRows;
import dev.digestbot.testing.TestClock;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Claims of a long outbox: earliest first, never the same row twice, never waiting on another claim. */
class DueClaimTest {
    private static final Duration LEASE = Duration.ofMinutes(10);
    private static final int READERS = 600;

    @TempDir
    Path dir;

    private final TestClock clock = TestClock.at("2025-05-01T09:00:00Z");
    private Database database;
    private DeliveryRepository deliveries;

    @BeforeEach
    void open() {
        database = DigestRows.openDatabase(dir);
        deliveries = new DeliveryRepository(database, clock);
        StoredDigest digest = new DigestRows(database).insert("Harbour", clock.instant());
        List<String> readers = IntStream.rangeClosed(1, READERS)
                .mapToObj(i -> String.format("reader-%04d@example.org", i))
                .toList();
        new EditionRepository(database, clock).create("letter", List.of(digest), List.of(), readers);
    }

    @AfterEach
    void close() {
        database.close();
    }

    @Test
    void claimsTakeTheRowsInTheOrderTheyWereQueuedAndEachOnce() {
        List<Long> ids = new ArrayList<>();
        for (List<Delivery> batch = deliveries.claimDue(Set.of("letter"), 64, LEASE);
                !batch.isEmpty();
                batch = deliveries.claimDue(Set.of("letter"), 64, LEASE)) {
            batch.forEach(d -> ids.add(d.id()));
        }

        assertThat(ids).hasSize(READERS).isSorted().doesNotHaveDuplicates();
    }

    @Test
    void rowsRetriedLaterComeAfterTheRowsDueNow() {
        List<Delivery> first = deliveries.claimDue(Set.of("letter"), 2, LEASE);
        deliveries.markRetry(first.get(0), clock.instant().plusSeconds(60), "busy");
        deliveries.markSent(first.get(1));
        clock.advance(Duration.ofSeconds(61));

        List<Delivery> rest = deliveries.claimDue(Set.of("letter"), READERS, LEASE);

        assertThat(rest).hasSize(READERS - 1);
        assertThat(rest.get(rest.size() - 1).id()).isEqualTo(first.get(0).id());
    }

    @Test
    void concurrentClaimersShareTheRowsWithoutOverlap() throws Exception {
        ExecutorService claimers = Executors.newFixedThreadPool(4);
        try {
            List<Future<List<Long>>> results = new ArrayList<>();
            for (int i = 0; i < 4; i++) {
                results.add(claimers.submit(() -> {
                    List<Long> mine = new ArrayList<>();
                    for (List<Delivery> batch = deliveries.claimDue(Set.of("letter"), 16, LEASE);
                            !batch.isEmpty();
                            batch = deliveries.claimDue(Set.of("letter"), 16, LEASE)) {
                        batch.forEach(d -> mine.add(d.id()));
                    }
                    return mine;
                }));
            }
            List<Long> all = new ArrayList<>();
            for (Future<List<Long>> result : results) {
                all.addAll(result.get());
            }
            assertThat(new HashSet<>(all)).hasSameSizeAs(all);
            // a claimer that only met rows another was taking stops early; none is lost, the rest is still due
            assertThat(all.size()
                            + deliveries
                                    .claimDue(Set.of("letter"), READERS, LEASE)
                                    .size())
                    .isEqualTo(READERS);
        } finally {
            claimers.shutdown();
        }
    }

    @Test
    void aRowLockedByAnotherTransactionIsPassedOverWithoutWaiting() throws Exception {
        try (Connection other = database.dataSource().getConnection()) {
            other.setAutoCommit(false);
            try (PreparedStatement lock = other.prepareStatement("SELECT id FROM delivery WHERE id = 1 FOR UPDATE");
                    ResultSet row = lock.executeQuery()) {
                assertThat(row.next()).isTrue();
            }

            List<Delivery> claimed = deliveries.claimDue(Set.of("letter"), 3, LEASE);

            assertThat(claimed).extracting(Delivery::id).containsExactly(2L, 3L);
            other.rollback();
        }
        assertThat(deliveries.claimDue(Set.of("letter"), 1, LEASE))
                .extracting(Delivery::id)
                .containsExactly(1L);
    }

    @Test
    void whenEveryRowFoundIsBeingClaimedElsewhereTheNextOnesAreTaken() throws Exception {
        try (Connection other = database.dataSource().getConnection()) {
            other.setAutoCommit(false);
            try (PreparedStatement lock = other.prepareStatement("SELECT id FROM delivery WHERE id <= 3 FOR UPDATE");
                    ResultSet rows = lock.executeQuery()) {
                assertThat(rows.next()).isTrue();
            }

            List<Delivery> claimed = deliveries.claimDue(Set.of("letter"), 3, LEASE);

            assertThat(claimed).extracting(Delivery::id).containsExactly(4L, 5L, 6L);
            other.rollback();
        }
    }
}
