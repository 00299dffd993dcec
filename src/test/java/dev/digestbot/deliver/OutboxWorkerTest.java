package dev.digestbot.deliver;

import static org.assertj.core.api.Assertions.assertThat;

import dev.digestbot.edition.Edition;
import dev.digestbot.edition.EditionRenderer;
import dev.digestbot.edition.RenderedEdition;
import dev.digestbot.store.Database;
import dev.digestbot.store.Delivery;
import dev.digestbot.store.DeliveryRepository;
import dev.digestbot.store.DeliveryState;
import dev.digestbot.store.EditionRepository;
import dev.digestbot.store.StoredDigest;
import dev.digestbot.testing.DigestRows;
import dev.digestbot.testing.TestClock;
import java.nio.file.Path;
import java.time.Duration;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class OutboxWorkerTest {
    private static final Backoff BACKOFF = Backoff.exponential(Duration.ofMinutes(1), Duration.ofMinutes(30), 4);

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
        editions.create("news", List.of(digest), List.of(), List.of("#general"));
    }

    @AfterEach
    void close() {
        database.close();
    }

    @Test
    void aTransientFailureIsRetriedAfterTheBackoffUntilItSucceeds() {
        FlakySender sender = FlakySender.failingTransiently(2);
        OutboxWorker worker = worker(sender);

        assertThat(worker.sendDue()).isEqualTo(new OutboxResult(0, 1, 0));
        assertThat(row().nextAttemptAt()).isEqualTo(clock.instant().plus(Duration.ofMinutes(1)));
        assertThat(row().lastError()).isEqualTo("connection reset");

        clock.advance(Duration.ofSeconds(59));
        assertThat(worker.sendDue()).isEqualTo(OutboxResult.NONE);
        clock.advance(Duration.ofSeconds(1));
        assertThat(worker.sendDue()).isEqualTo(new OutboxResult(0, 1, 0));
        assertThat(row().nextAttemptAt()).isEqualTo(clock.instant().plus(Duration.ofMinutes(2)));

        clock.advance(Duration.ofMinutes(2));
        assertThat(worker.sendDue()).isEqualTo(new OutboxResult(1, 0, 0));
        assertThat(row().state()).isEqualTo(DeliveryState.SENT);
        assertThat(row().attempts()).isEqualTo(3);
        assertThat(row().lastError()).isNull();
        assertThat(sender.sent())
                .containsExactly(new FlakySender.Sent(1, "#general", "Digest #1, 1 May 2025: Harbour"));

        clock.advance(Duration.ofDays(1));
        assertThat(worker.sendDue()).isEqualTo(OutboxResult.NONE);
        assertThat(sender.sent()).hasSize(1);
    }

    @Test
    void aPermanentFailureIsRecordedWithItsReasonAndNotRetried() {
        FlakySender sender = FlakySender.rejecting();
        OutboxWorker worker = worker(sender);

        assertThat(worker.sendDue()).isEqualTo(new OutboxResult(0, 0, 1));

        assertThat(row().state()).isEqualTo(DeliveryState.FAILED);
        assertThat(row().attempts()).isEqualTo(1);
        assertThat(row().lastError()).isEqualTo("channel #general does not exist");
        clock.advance(Duration.ofDays(1));
        assertThat(worker.sendDue()).isEqualTo(OutboxResult.NONE);
    }

    @Test
    void transientFailuresFailForGoodWhenTheAttemptsRunOut() {
        OutboxWorker worker = worker(FlakySender.failingTransiently(10));

        for (int attempt = 1; attempt <= 4; attempt++) {
            worker.sendDue();
            clock.advance(Duration.ofHours(1));
        }

        assertThat(row().state()).isEqualTo(DeliveryState.FAILED);
        assertThat(row().attempts()).isEqualTo(4);
        assertThat(row().lastError()).isEqualTo("gave up after 4 attempts: connection reset");
    }

    @Test
    void aRowClaimedByASenderThatCrashedIsSentOnceTheLeaseRunsOut() {
        FlakySender sender = FlakySender.reliable();
        OutboxWorker worker = worker(sender);
        deliveries.claimDue(Set.of("news"), 10, OutboxWorker.LEASE);

        assertThat(worker.sendDue()).isEqualTo(OutboxResult.NONE);
        clock.advance(OutboxWorker.LEASE);

        assertThat(worker.sendDue()).isEqualTo(new OutboxResult(1, 0, 0));
        assertThat(sender.sent()).hasSize(1);
    }

    @Test
    void aSenderThatThrowsUnexpectedlyIsRetried() {
        Sender broken = (edition, rendered, recipient) -> {
            throw new IllegalStateException("bug in sender");
        };
        OutboxWorker worker = worker(broken);

        assertThat(worker.sendDue()).isEqualTo(new OutboxResult(0, 1, 0));
        assertThat(row().lastError()).isEqualTo("java.lang.IllegalStateException: bug in sender");
    }

    @Test
    void rowsOfADestinationWithoutASenderAreLeftAlone() {
        OutboxWorker worker = new OutboxWorker(
                deliveries, editions, renderer(), Map.of("archive", FlakySender.reliable()), BACKOFF, clock);

        assertThat(worker.sendDue()).isEqualTo(OutboxResult.NONE);
        assertThat(worker.sendDue("news")).isEqualTo(OutboxResult.NONE);
        assertThat(row().state()).isEqualTo(DeliveryState.PENDING);
        assertThat(row().claimedUntil()).isNull();
    }

    @Test
    void aStoppedWorkerFinishesTheSendInFlightAndLeavesTheRestPending() {
        List<String> recipients = IntStream.range(0, 6).mapToObj(i -> "#c" + i).toList();
        editions.create(
                "big", List.of(new DigestRows(database).insert("Market", clock.instant())), List.of(), recipients);
        AtomicReference<OutboxWorker> worker = new AtomicReference<>();
        FlakySender reliable = FlakySender.reliable();
        Sender stopping = (edition, rendered, recipient) -> {
            worker.get().stop();
            reliable.send(edition, rendered, recipient);
        };
        worker.set(new OutboxWorker(deliveries, editions, renderer(), Map.of("big", stopping), BACKOFF, clock));

        assertThat(worker.get().sendDue()).isEqualTo(new OutboxResult(1, 0, 0));

        assertThat(deliveries.list("big"))
                .filteredOn(d -> d.state() == DeliveryState.PENDING)
                .hasSize(5)
                .allSatisfy(d -> assertThat(d.claimedUntil()).isNull());
        assertThat(worker.get().sendDue()).isEqualTo(OutboxResult.NONE);
    }

    @Test
    void aRetryResumesAfterThePartsThatWentOut() {
        List<String> posted = new ArrayList<>();
        AtomicReference<Boolean> failOnce = new AtomicReference<>(true);
        Sender threeParts = new Sender() {
            @Override
            public void send(Edition edition, RenderedEdition rendered, String recipient) {
                throw new AssertionError("the outbox sends through the resumable form");
            }

            @Override
            public void send(Edition edition, RenderedEdition rendered, String recipient, DeliveryProgress progress)
                    throws TransientDeliveryException {
                for (int part = progress.partsSent() + 1; part <= 3; part++) {
                    if (part == 2 && failOnce.getAndSet(false)) {
                        throw new TransientDeliveryException("500 on part 2");
                    }
                    posted.add("part " + part + " of delivery " + progress.deliveryId());
                    progress.record(part);
                }
            }
        };
        OutboxWorker worker = worker(threeParts);

        assertThat(worker.sendDue()).isEqualTo(new OutboxResult(0, 1, 0));
        assertThat(row().partsSent()).isEqualTo(1);
        clock.advance(Duration.ofMinutes(1));
        assertThat(worker.sendDue()).isEqualTo(new OutboxResult(1, 0, 0));

        long id = row().id();
        assertThat(posted)
                .containsExactly("part 1 of delivery " + id, "part 2 of delivery " + id, "part 3 of delivery " + id);
        assertThat(row().partsSent()).isEqualTo(3);
    }

    private OutboxWorker worker(Sender sender) {
        return new OutboxWorker(deliveries, editions, renderer(), Map.of("news", sender), BACKOFF, clock);
    }

    private EditionRenderer renderer() {
        return new EditionRenderer(dir.resolve("templates"), ZoneOffset.UTC);
    }

    private Delivery row() {
        return deliveries.list("news").get(0);
    }
}
