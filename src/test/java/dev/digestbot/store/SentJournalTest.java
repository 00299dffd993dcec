package dev.digestbot.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.digestbot.testing.DigestRows;
import dev.digestbot.testing.TestClock;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SentJournalTest {
    private static final Duration LEASE = Duration.ofMinutes(10);

    @TempDir
    Path dir;

    private final TestClock clock = TestClock.at("2025-05-01T09:00:00Z");
    private Database database;
    private Path journals;

    @BeforeEach
    void open() {
        database = DigestRows.openDatabase(dir);
        journals = dir.resolve("journal");
        StoredDigest digest = new DigestRows(database).insert("Harbour", clock.instant());
        List<String> readers = new ArrayList<>();
        for (int i = 1; i <= 100; i++) {
            readers.add("reader" + i + "@example.org");
        }
        new EditionRepository(database, clock).create("letter", List.of(digest), List.of(), readers);
    }

    @AfterEach
    void close() {
        database.close();
    }

    @Test
    void rowsSentAreInTheJournalAtOnceAndInTheTableOnceFlushed() throws IOException {
        try (DeliveryRepository deliveries = DeliveryRepository.journaled(database, clock, journals)) {
            List<Delivery> claimed = deliveries.claimDue(Set.of("letter"), 3, LEASE);
            for (Delivery d : claimed) {
                assertThat(deliveries.markSent(d)).isTrue();
            }

            assertThat(ids(journalFile())).containsExactlyElementsOf(ids(claimed));
            assertThat(stateCount(deliveries, DeliveryState.SENT)).isZero();

            deliveries.flushSent();

            assertThat(stateCount(deliveries, DeliveryState.SENT)).isEqualTo(3);
            assertThat(Files.size(journalFile()))
                    .as("emptied once all is in the table")
                    .isZero();
        }
        assertThat(journalFiles()).as("a journal closed is deleted").isEmpty();
    }

    @Test
    void aRowSentIsInTheTableBeforeTheNextClaimSoItsLeaseRunningOutDoesNotMakeItDueAgain() {
        try (DeliveryRepository deliveries = DeliveryRepository.journaled(database, clock, journals)) {
            Delivery sent = deliveries.claimDue(Set.of("letter"), 1, LEASE).get(0);
            deliveries.markSent(sent);
            clock.advance(LEASE.plusSeconds(1));

            assertThat(deliveries.claimDue(Set.of("letter"), 100, LEASE))
                    .extracting(Delivery::id)
                    .hasSize(99)
                    .doesNotContain(sent.id());
        }
    }

    @Test
    void rowsWhoseWriteToTheTableFailedStayInTheJournal() throws IOException {
        DeliveryRepository deliveries = DeliveryRepository.journaled(database, clock, journals);
        List<Delivery> claimed = deliveries.claimDue(Set.of("letter"), 2, LEASE);
        claimed.forEach(deliveries::markSent);
        database.close();

        assertThatThrownBy(deliveries::flushSent).isInstanceOf(StoreException.class);
        assertThatThrownBy(deliveries::close).isInstanceOf(StoreException.class);

        assertThat(ids(journalFile())).containsExactlyElementsOf(ids(claimed));
    }

    @Test
    void aRepositoryThatClaimsNothingLeavesNoJournal() throws IOException {
        try (DeliveryRepository deliveries = DeliveryRepository.journaled(database, clock, journals)) {
            assertThat(deliveries.claimDue(Set.of("archive"), 2, LEASE)).isEmpty();
            deliveries.flushSent();
            assertThat(journalFiles()).isEmpty();
        }
    }

    @Test
    void theJournalIsEmptiedOnlyOnceEveryRowClaimedIsSentOrPutBack() throws IOException {
        try (DeliveryRepository deliveries = DeliveryRepository.journaled(database, clock, journals)) {
            List<Delivery> claimed = deliveries.claimDue(Set.of("letter"), 2, LEASE);
            deliveries.markSent(claimed.get(0));
            deliveries.flushSent();
            assertThat(Files.size(journalFile())).as("a row still held").isPositive();

            deliveries.markRetry(claimed.get(1), clock.instant().plusSeconds(60), "421 try later");

            assertThat(Files.size(journalFile())).isZero();
        }
    }

    @Test
    void everyBatchOfRowsIsWrittenToTheTableWithoutWaitingForTheFlush() {
        try (DeliveryRepository deliveries = DeliveryRepository.journaled(database, clock, journals)) {
            for (Delivery d : deliveries.claimDue(Set.of("letter"), 100, LEASE)) {
                deliveries.markSent(d);
            }

            assertThat(stateCount(deliveries, DeliveryState.SENT)).isEqualTo(DeliveryRepository.JOURNAL_BATCH);
        }
        assertThat(stateCount(new DeliveryRepository(database, clock), DeliveryState.SENT))
                .as("closing writes the rest")
                .isEqualTo(100);
    }

    @Test
    void aRowWhoseLeaseRanOutIsLeftToTheSenderThatHoldsItNow() {
        try (DeliveryRepository deliveries = DeliveryRepository.journaled(database, clock, journals)) {
            Delivery late = deliveries.claimDue(Set.of("letter"), 1, LEASE).get(0);
            clock.advance(LEASE.plusSeconds(1));
            Delivery reclaimed = deliveries.claimDue(Set.of("letter"), 1, LEASE).get(0);
            assertThat(reclaimed.id()).isEqualTo(late.id());

            deliveries.markSent(late);
            deliveries.flushSent();

            Delivery row = deliveries.list("letter").stream()
                    .filter(d -> d.id() == late.id())
                    .findFirst()
                    .orElseThrow();
            assertThat(row.state()).isEqualTo(DeliveryState.PENDING);
            assertThat(row.claimedUntil()).isEqualTo(reclaimed.claimedUntil());
        }
    }

    @Test
    void aKilledProcessesJournalIsReplayedByTheNextStartAndNotBefore() throws Exception {
        List<Delivery> claimed = new DeliveryRepository(database, clock).claimDue(Set.of("letter"), 5, LEASE);
        List<Long> sent = ids(claimed).subList(0, 3);
        List<Long> heldUnsent = ids(claimed).subList(3, 5);
        Process writer = startWriter(claimed.get(0).claimedUntil(), 3, ids(claimed));
        try {
            assertThat(SentJournal.abandoned(journals))
                    .as("a live process's journal is not taken over")
                    .isEmpty();
        } finally {
            writer.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
        }

        try (DeliveryRepository restarted = DeliveryRepository.journaled(database, clock, journals)) {
            List<Delivery> rows = restarted.list("letter");
            assertThat(rows.stream().filter(d -> d.state() == DeliveryState.SENT))
                    .extracting(Delivery::id)
                    .containsExactlyInAnyOrderElementsOf(sent);
            assertThat(rows.stream().filter(d -> ids(claimed).contains(d.id())))
                    .allSatisfy(d -> assertThat(d.claimedUntil()).isNull());
            assertThat(journalFiles())
                    .as("the dead process's journal is deleted")
                    .isEmpty();
            assertThat(restarted.claimDue(Set.of("letter"), 100, LEASE))
                    .as("the rows it held unsent are due again at once, not when the lease runs out")
                    .extracting(Delivery::id)
                    .hasSize(97)
                    .containsAll(heldUnsent);
        }
    }

    @Test
    void aReplayFreesNoRowThatAnotherSenderClaimedSince() throws Exception {
        Delivery claimed = new DeliveryRepository(database, clock)
                .claimDue(Set.of("letter"), 1, LEASE)
                .get(0);
        clock.advance(LEASE.plusSeconds(1));
        Delivery reclaimed = new DeliveryRepository(database, clock)
                .claimDue(Set.of("letter"), 1, LEASE)
                .get(0);
        assertThat(reclaimed.id()).isEqualTo(claimed.id());
        startWriter(claimed.claimedUntil(), 0, List.of(claimed.id()))
                .destroyForcibly()
                .waitFor(10, TimeUnit.SECONDS);

        try (DeliveryRepository restarted = DeliveryRepository.journaled(database, clock, journals)) {
            assertThat(restarted.list("letter"))
                    .filteredOn(d -> d.id() == claimed.id())
                    .singleElement()
                    .satisfies(d -> assertThat(d.claimedUntil()).isEqualTo(reclaimed.claimedUntil()));
        }
    }

    @Test
    void aTornOrZeroFilledTailReadsAsNoEntry() {
        ByteBuffer bytes = ByteBuffer.allocate(24 * 5 + 7);
        entry(bytes, -41, 1_000_000L);
        entry(bytes, 41, 0);
        entry(bytes, -42, 1_000_000L);
        bytes.putLong(0).putLong(0).putLong(0); // zero-filled after a power failure
        entry(bytes, 43, 0); // never reached
        bytes.put(new byte[7]);

        SentJournal.Replay replay = SentJournal.read(bytes.flip());

        assertThat(replay.sent()).containsExactly(41L);
        assertThat(replay.held()).containsOnlyKeys(42L).containsValue(Instant.ofEpochSecond(1));
        assertThat(SentJournal.read(ByteBuffer.wrap(new byte[] {0, 0, 0, 0, 0, 0, 0, 1, 1}))
                        .sent())
                .isEmpty();
    }

    private static void entry(ByteBuffer bytes, long id, long lease) {
        bytes.putLong(id).putLong(lease).putLong(~(id ^ lease));
    }

    private Process startWriter(Instant lease, int sent, List<Long> claimed) throws IOException {
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp",
                System.getProperty("java.class.path"),
                JournalWriter.class.getName(),
                journals.toString(),
                lease.toString(),
                Integer.toString(sent)));
        claimed.forEach(id -> command.add(Long.toString(id)));
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        BufferedReader out =
                new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
        for (String line = out.readLine(); ; line = out.readLine()) {
            assertThat(line).as("the writer's output").isNotNull();
            if (line.equals("written")) {
                return process;
            }
        }
    }

    private Path journalFile() throws IOException {
        List<Path> files = journalFiles();
        assertThat(files).hasSize(1);
        return files.get(0);
    }

    private List<Path> journalFiles() throws IOException {
        if (!Files.isDirectory(journals)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(journals)) {
            return files.toList();
        }
    }

    private static List<Long> ids(Path journal) throws IOException {
        return SentJournal.read(ByteBuffer.wrap(Files.readAllBytes(journal))).sent();
    }

    private static List<Long> ids(List<Delivery> rows) {
        return rows.stream().map(Delivery::id).toList();
    }

    private static long stateCount(DeliveryRepository deliveries, DeliveryState state) {
        return deliveries.list("letter").stream()
                .filter(d -> d.state() == state)
                .count();
    }
}
