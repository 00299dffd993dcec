package dev.digestbot.store;

import static org.assertj.core.api.Assertions.assertThat;

import dev.digestbot.testing.DigestRows;
import dev.digestbot.testing.TestClock;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DeliveryRepositoryTest {
    private static final Duration LEASE = Duration.ofMinutes(10);

    @TempDir
    Path dir;

    private final TestClock clock = TestClock.at("2025-05-01T09:00:00Z");
    private Database database;
    private EditionRepository editions;
    private DeliveryRepository deliveries;

    @BeforeEach
    void open() {
        database = DigestRows.openDatabase(dir);
        editions = new EditionRepository(database, clock);
        deliveries = new DeliveryRepository(database, clock);
        StoredDigest digest = new DigestRows(database).insert("Harbour", clock.instant());
        editions.create("news", List.of(digest), List.of(), List.of("#general", "#news"));
        editions.create("archive", List.of(digest), List.of(), List.of(""));
    }

    @AfterEach
    void close() {
        database.close();
    }

    @Test
    void aClaimHoldsDueRowsOfTheGivenDestinationsUntilTheLeaseRunsOut() {
        List<Delivery> claimed = deliveries.claimDue(Set.of("news"), 10, LEASE);

        assertThat(claimed).extracting(Delivery::recipient).containsExactly("#general", "#news");
        assertThat(claimed).allSatisfy(d -> {
            assertThat(d.editionNumber()).isEqualTo(1);
            assertThat(d.claimedUntil()).isEqualTo(clock.instant().plus(LEASE));
        });
        assertThat(deliveries.claimDue(Set.of("news", "archive"), 10, LEASE))
                .extracting(Delivery::destination)
                .containsExactly("archive");

        clock.advance(LEASE);
        assertThat(deliveries.claimDue(Set.of("news"), 1, LEASE)).hasSize(1);
    }

    @Test
    void aSenderWhoseLeaseRanOutCannotMarkTheRowAnotherSenderClaimed() {
        Delivery crashed = deliveries.claimDue(Set.of("archive"), 10, LEASE).get(0);
        clock.advance(LEASE.plusSeconds(1));
        Delivery reclaimed = deliveries.claimDue(Set.of("archive"), 10, LEASE).get(0);

        assertThat(deliveries.markSent(crashed)).isFalse();
        assertThat(deliveries.markSent(reclaimed)).isTrue();
        assertThat(deliveries.list("archive")).singleElement().satisfies(d -> {
            assertThat(d.state()).isEqualTo(DeliveryState.SENT);
            assertThat(d.attempts()).isEqualTo(1);
            assertThat(d.sentAt()).isEqualTo(clock.instant());
            assertThat(d.claimedUntil()).isNull();
        });
    }

    @Test
    void aRetriedRowIsNotDueUntilItsNextAttempt() {
        Delivery claimed = deliveries.claimDue(Set.of("archive"), 10, LEASE).get(0);
        Instant next = clock.instant().plus(Duration.ofMinutes(2));

        assertThat(deliveries.markRetry(claimed, next, "disk full")).isTrue();

        Delivery row = deliveries.list("archive").get(0);
        assertThat(row.state()).isEqualTo(DeliveryState.PENDING);
        assertThat(row.attempts()).isEqualTo(1);
        assertThat(row.nextAttemptAt()).isEqualTo(next);
        assertThat(row.lastError()).isEqualTo("disk full");
        assertThat(deliveries.claimDue(Set.of("archive"), 10, LEASE)).isEmpty();
        clock.advance(Duration.ofMinutes(2));
        assertThat(deliveries.claimDue(Set.of("archive"), 10, LEASE)).hasSize(1);
    }

    @Test
    void aFailedRowKeepsItsReasonAndIsNeverClaimedAgain() {
        Delivery claimed = deliveries.claimDue(Set.of("archive"), 10, LEASE).get(0);

        assertThat(deliveries.markFailed(claimed, "x".repeat(5000))).isTrue();

        assertThat(deliveries.list("archive").get(0).lastError()).hasSize(2048).startsWith("xxx");
        clock.advance(Duration.ofDays(1));
        assertThat(deliveries.claimDue(Set.of("archive"), 10, LEASE)).isEmpty();
        assertThat(deliveries.countByState())
                .isEqualTo(Map.of(DeliveryState.PENDING, 2L, DeliveryState.SENT, 0L, DeliveryState.FAILED, 1L));
    }

    @Test
    void claimingNoDestinationsClaimsNothing() {
        assertThat(deliveries.claimDue(Set.of(), 10, LEASE)).isEmpty();
    }

    @Test
    void partsSentAreKeptAcrossAttemptsAndOnlyUnderTheClaim() {
        Delivery first = deliveries.claimDue(Set.of("archive"), 10, LEASE).get(0);
        assertThat(first.partsSent()).isZero();

        assertThat(deliveries.markPartsSent(first, 1)).isTrue();
        assertThat(deliveries.markRetry(first, clock.instant(), "500 on part 2"))
                .isTrue();
        clock.advance(Duration.ofSeconds(1));
        Delivery second = deliveries.claimDue(Set.of("archive"), 10, LEASE).get(0);

        assertThat(second.partsSent()).isEqualTo(1);
        assertThat(deliveries.markPartsSent(first, 3))
                .as("an ended claim records nothing")
                .isFalse();
        assertThat(deliveries.list("archive").get(0).partsSent()).isEqualTo(1);
    }

    @Test
    void theLatestFailureIsThatOfTheNewestEditionToAChannelConfiguredNow() {
        Delivery general = deliveries.claimDue(Set.of("news"), 1, LEASE).get(0);
        deliveries.markFailed(general, "missing access to channel #general");
        assertThat(deliveries.latestFailure("news", List.of("#general")))
                .hasValueSatisfying(d -> assertThat(d.lastError()).isEqualTo("missing access to channel #general"));
        assertThat(deliveries.latestFailure("news", List.of("#sport")))
                .as("a channel no longer configured")
                .isEmpty();
        assertThat(deliveries.latestFailure("archive", List.of(""))).isEmpty();

        StoredDigest next = new DigestRows(database).insert("Ferry", clock.instant());
        editions.create("news", List.of(next), List.of(), List.of("#general"));

        assertThat(deliveries.latestFailure("news", List.of("#general"))).isEmpty();
    }

    @Test
    void failedRowsOfConfiguredChannelsAreQueuedAgainDueNowWithFreshAttempts() {
        settle("news", "#news");
        clock.advance(Duration.ofHours(1));

        Requeued requeued = deliveries.requeueFailed("news", List.of("#general", "#news"));

        assertThat(requeued).isEqualTo(new Requeued(1, 0, List.of(), List.of()));
        assertThat(row("news", "#news")).satisfies(d -> {
            assertThat(d.state()).isEqualTo(DeliveryState.PENDING);
            assertThat(d.attempts()).isZero();
            assertThat(d.nextAttemptAt()).isEqualTo(clock.instant());
            assertThat(d.lastError()).isEqualTo("failed on purpose");
        });
        assertThat(row("news", "#general").state()).isEqualTo(DeliveryState.SENT);
        assertThat(deliveries.claimDue(Set.of("news"), 10, LEASE))
                .extracting(Delivery::recipient)
                .containsExactly("#news");
    }

    @Test
    void anEditionThatFailedForARemovedChannelIsQueuedForTheChannelsConfiguredNow() {
        settle("news", "#news");
        StoredDigest ferry = new DigestRows(database).insert("Ferry", clock.instant());
        editions.create("news", List.of(ferry), List.of(), List.of("#general", "#news"));
        settle("news");

        Requeued requeued = deliveries.requeueFailed("news", List.of("#general", "#breaking"));

        assertThat(requeued).isEqualTo(new Requeued(0, 1, List.of(1), List.of("#news")));
        assertThat(deliveries.list("news"))
                .extracting(d -> d.editionNumber() + " " + d.recipient() + " " + d.state())
                .containsExactlyInAnyOrder(
                        "2 #general SENT", "2 #news SENT", "1 #breaking PENDING", "1 #general SENT", "1 #news FAILED");
        assertThat(deliveries.claimDue(Set.of("news"), 10, LEASE))
                .singleElement()
                .satisfies(d -> {
                    assertThat(d.recipient()).isEqualTo("#breaking");
                    assertThat(d.editionNumber()).isEqualTo(1);
                    assertThat(d.attempts()).isZero();
                });
    }

    @Test
    void queuingAgainTwiceQueuesNothingTwice() {
        settle("news", "#general", "#news");
        List<String> configured = List.of("#general", "#breaking");

        Requeued first = deliveries.requeueFailed("news", configured);
        Requeued second = deliveries.requeueFailed("news", configured);

        assertThat(first).isEqualTo(new Requeued(1, 1, List.of(1), List.of("#news")));
        assertThat(second).isEqualTo(new Requeued(0, 0, List.of(), List.of("#news")));
        assertThat(deliveries.list("news")).hasSize(3);

        settle("news", "#breaking");
        assertThat(deliveries.requeueFailed("news", configured))
                .as("the new row failing in turn is queued again, not added again")
                .isEqualTo(new Requeued(1, 0, List.of(), List.of("#news")));
        assertThat(deliveries.list("news")).hasSize(3);
    }

    @Test
    void aFileDestinationsSingleTargetIsQueuedAgainAndNoOtherDestinationIsTouched() {
        settle("archive", "");
        settle("news", "#news");

        Requeued requeued = deliveries.requeueFailed("archive", List.of(""));

        assertThat(requeued).isEqualTo(new Requeued(1, 0, List.of(), List.of()));
        assertThat(row("archive", "").state()).isEqualTo(DeliveryState.PENDING);
        assertThat(row("news", "#news").state()).isEqualTo(DeliveryState.FAILED);
        assertThat(deliveries.requeueFailed("archive", List.of("")))
                .isEqualTo(new Requeued(0, 0, List.of(), List.of()));
        assertThat(deliveries.list("archive")).hasSize(1);
    }

    /** Sends the due rows of {@code destination}: those of {@code failing} fail for good, the rest go out. */
    private void settle(String destination, String... failing) {
        for (Delivery d : deliveries.claimDue(Set.of(destination), 10, LEASE)) {
            if (List.of(failing).contains(d.recipient())) {
                assertThat(deliveries.markFailed(d, "failed on purpose")).isTrue();
            } else {
                assertThat(deliveries.markSent(d)).isTrue();
            }
        }
    }

    private Delivery row(String destination, String recipient) {
        return deliveries.list(destination).stream()
                .filter(d -> d.recipient().equals(recipient))
                .findFirst()
                .orElseThrow();
    }
}
