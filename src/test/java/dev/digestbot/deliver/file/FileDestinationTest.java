package dev.digestbot.deliver.file;

import static org.assertj.core.api.Assertions.assertThat;

import dev.digestbot.deliver.Backoff;
import dev.digestbot.deliver.OutboxWorker;
import dev.digestbot.deliver.Publisher;
import dev.digestbot.edition.EditionComposer;
import dev.digestbot.edition.EditionPolicy;
import dev.digestbot.edition.EditionRenderer;
import dev.digestbot.store.Database;
import dev.digestbot.store.DeliveryRepository;
import dev.digestbot.store.DeliveryState;
import dev.digestbot.store.EditionRepository;
import dev.digestbot.testing.DigestRows;
import dev.digestbot.testing.TestClock;
import java.nio.file.Path;
import java.time.Duration;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The embedded default chain: stored digests, an edition, the outbox, files on disk. */
class FileDestinationTest {
    @TempDir
    Path dir;

    @Test
    void publishingWritesTheRenderedEditionIntoTheDestinationsFolder() {
        TestClock clock = TestClock.at("2025-05-01T09:00:00Z");
        Path folder = dir.resolve("data/editions/daily");
        try (Database database = DigestRows.openDatabase(dir)) {
            new DigestRows(database).insert("Harbour_bridge *vote*", clock.instant());
            EditionRepository editions = new EditionRepository(database, clock);
            DeliveryRepository deliveries = new DeliveryRepository(database, clock);
            EditionRenderer renderer = new EditionRenderer(dir.resolve("templates"), ZoneOffset.UTC);
            OutboxWorker worker = new OutboxWorker(
                    deliveries,
                    editions,
                    renderer,
                    Map.of("daily", new FileSender(folder, ZoneOffset.UTC)),
                    Backoff.exponential(Duration.ofMinutes(1), Duration.ofHours(1), 5),
                    clock);
            Publisher publisher = new Publisher(new EditionComposer(editions, clock), editions, renderer, worker);

            publisher.publish(new EditionPolicy("daily", List.of(), List.of(), 20), Publisher.SINGLE_TARGET);

            assertThat(folder.resolve("edition-0001-2025-05-01.md"))
                    .content()
                    .startsWith("# Digest #1 · 1 May 2025\n")
                    .contains("## Harbour\\_bridge \\*vote\\*");
            assertThat(folder.resolve("edition-0001-2025-05-01.html")).content().contains("<h2");
            assertThat(deliveries.countByState()).containsEntry(DeliveryState.SENT, 1L);
        }
    }
}
