package dev.digestbot.store;

import static dev.digestbot.testing.DigestRows.queryLong;
import static org.assertj.core.api.Assertions.assertThat;

import dev.digestbot.testing.DigestRows;
import dev.digestbot.testing.TestClock;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EditionRepositoryTest {
    private static final Instant T0 = Instant.parse("2025-05-01T08:00:00Z");

    @TempDir
    Path dir;

    private Database database;
    private DigestRows rows;
    private EditionRepository editions;

    @BeforeEach
    void open() {
        database = DigestRows.openDatabase(dir);
        rows = new DigestRows(database);
        editions = new EditionRepository(database, TestClock.at("2025-05-01T09:00:00Z"));
    }

    @AfterEach
    void close() {
        database.close();
    }

    @Test
    void unsentListsTheLatestVersionOfEachArticleOldestFirst() {
        StoredDigest harbour = rows.insert("Harbour", T0.plusSeconds(20));
        rows.insert("library.txt", "", List.of(), DigestRows.digest("Library v1"), T0);
        StoredDigest libraryEdited =
                rows.insert("library.txt", "", List.of(), DigestRows.digest("Library v2"), T0.plusSeconds(30));
        StoredDigest bridge = rows.insert("Bridge", T0.plusSeconds(10));

        List<StoredDigest> unsent = editions.unsent("daily", List.of(), List.of());

        assertThat(unsent).containsExactly(bridge, harbour, libraryEdited);
    }

    @Test
    void unsentKeepsOnlyTheDestinationsFoldersAndTags() {
        StoredDigest politics = rows.insert("politics/a.txt", "politics", List.of(), DigestRows.digest("A"), T0);
        StoredDigest politicsUk =
                rows.insert("politics/uk/b.txt", "politics/uk", List.of(), DigestRows.digest("B"), T0);
        rows.insert("politics_extra/c.txt", "politics_extra", List.of(), DigestRows.digest("C"), T0);
        StoredDigest tagged = rows.insert("d.txt", "", List.of("Climate", "cities"), DigestRows.digest("D"), T0);
        rows.insert("e.txt", "", List.of("sport"), DigestRows.digest("E"), T0);

        assertThat(editions.unsent("politics", List.of("politics"), List.of())).containsExactly(politics, politicsUk);
        assertThat(editions.unsent("green", List.of(), List.of("climate", "oceans")))
                .containsExactly(tagged);
        assertThat(editions.unsent("both", List.of("politics"), List.of("climate")))
                .isEmpty();
    }

    @Test
    void createStoresItemsFoldedItemsAndOnePendingDeliveryPerRecipient() {
        StoredDigest a = rows.insert("A", T0);
        StoredDigest b = rows.insert("B", T0.plusSeconds(1));
        StoredDigest c = rows.insert("C", T0.plusSeconds(2));

        StoredEdition stored = editions.create("news", List.of(a, b), List.of(c), List.of("#general", "#news", "#news"))
                .orElseThrow();

        assertThat(stored.number()).isEqualTo(1);
        assertThat(stored.createdAt()).isEqualTo(Instant.parse("2025-05-01T09:00:00Z"));
        StoredEdition loaded = editions.find(stored.id()).orElseThrow();
        assertThat(loaded).isEqualTo(stored);
        assertThat(loaded.items()).containsExactly(a, b);
        assertThat(loaded.folded()).containsExactly(c);
        assertThat(queryLong(database, "SELECT COUNT(*) FROM delivery WHERE state = 'pending' AND attempts = 0"))
                .isEqualTo(2);
        assertThat(editions.unsent("news", List.of(), List.of())).isEmpty();
    }

    @Test
    void editionsAreNumberedPerDestination() {
        StoredDigest a = rows.insert("A", T0);
        StoredDigest b = rows.insert("B", T0);

        assertThat(editions.create("news", List.of(a), List.of(), List.of(""))
                        .orElseThrow()
                        .number())
                .isEqualTo(1);
        assertThat(editions.nextNumber("news")).isEqualTo(2);
        assertThat(editions.create("news", List.of(b), List.of(), List.of(""))
                        .orElseThrow()
                        .number())
                .isEqualTo(2);
        assertThat(editions.create("archive", List.of(a, b), List.of(), List.of(""))
                        .orElseThrow()
                        .number())
                .isEqualTo(1);
        assertThat(editions.countByDestination()).isEqualTo(Map.of("archive", 1L, "news", 2L));
        assertThat(editions.count()).isEqualTo(3);
    }

    @Test
    void aDigestGoesToADestinationOnceAndToAnotherDestinationToo() {
        StoredDigest a = rows.insert("A", T0);
        editions.create("news", List.of(a), List.of(), List.of(""));

        assertThat(editions.unsent("news", List.of(), List.of())).isEmpty();
        assertThat(editions.unsent("archive", List.of(), List.of())).containsExactly(a);
    }

    @Test
    void aSecondCreateFromTheSameDraftStoresNothing() {
        StoredDigest a = rows.insert("A", T0);
        StoredDigest b = rows.insert("B", T0);
        editions.create("news", List.of(a), List.of(), List.of(""));

        Optional<StoredEdition> stale = editions.create("news", List.of(a, b), List.of(), List.of(""));

        assertThat(stale).isEmpty();
        assertThat(editions.count()).isEqualTo(1);
        assertThat(queryLong(database, "SELECT COUNT(*) FROM delivery")).isEqualTo(1);
        assertThat(editions.unsent("news", List.of(), List.of())).containsExactly(b);
    }

    @Test
    void racingCreatesForTheSameDigestsStoreExactlyOneEdition() throws Exception {
        List<StoredDigest> digests = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            digests.add(rows.insert("Article " + i, T0.plusSeconds(i)));
        }
        int racers = 6;
        CyclicBarrier start = new CyclicBarrier(racers);
        ExecutorService pool = Executors.newFixedThreadPool(racers);
        try {
            List<Future<Optional<StoredEdition>>> results = new ArrayList<>();
            for (int i = 0; i < racers; i++) {
                results.add(pool.submit(() -> {
                    start.await();
                    return editions.create("news", digests, List.of(), List.of("#general"));
                }));
            }
            long stored = 0;
            for (Future<Optional<StoredEdition>> result : results) {
                stored += result.get().isPresent() ? 1 : 0;
            }
            assertThat(stored).isEqualTo(1);
        } finally {
            pool.shutdownNow();
        }
        assertThat(editions.count()).isEqualTo(1);
        assertThat(queryLong(database, "SELECT COUNT(*) FROM edition_item")).isEqualTo(20);
        assertThat(queryLong(database, "SELECT COUNT(*) FROM delivery")).isEqualTo(1);
    }

    @Test
    void findOfAnUnknownEditionIsEmpty() {
        assertThat(editions.find(404)).isEmpty();
    }
}
