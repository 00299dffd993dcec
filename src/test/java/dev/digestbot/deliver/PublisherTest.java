package dev.digestbot.deliver;

import static dev.digestbot.testing.DigestRows.queryLong;
import static org.assertj.core.api.Assertions.assertThat;

import dev.digestbot.edition.Edition;
import dev.digestbot.edition.EditionComposer;
import dev.digestbot.edition.EditionPolicy;
import dev.digestbot.edition.EditionRenderer;
import dev.digestbot.edition.RenderedEdition;
import dev.digestbot.store.Database;
import dev.digestbot.store.DeliveryRepository;
import dev.digestbot.store.EditionRepository;
import dev.digestbot.testing.DigestRows;
import dev.digestbot.testing.TestClock;
import java.nio.file.Path;
import java.time.Duration;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PublisherTest {
    private static final EditionPolicy NEWS = new EditionPolicy("news", List.of(), List.of(), 2);
    private static final EditionPolicy ARCHIVE = new EditionPolicy("archive", List.of(), List.of(), 50);

    @TempDir
    Path dir;

    private final TestClock clock = TestClock.at("2025-05-01T09:00:00Z");
    private final FlakySender news = FlakySender.reliable();
    private final FlakySender archive = FlakySender.reliable();
    private Database database;
    private DigestRows rows;
    private Publisher publisher;

    @BeforeEach
    void open() {
        database = DigestRows.openDatabase(dir);
        rows = new DigestRows(database);
        EditionRepository editions = new EditionRepository(database, clock);
        EditionRenderer renderer = new EditionRenderer(dir.resolve("templates"), ZoneOffset.UTC);
        OutboxWorker worker = new OutboxWorker(
                new DeliveryRepository(database, clock),
                editions,
                renderer,
                Map.of("news", news, "archive", archive),
                Backoff.exponential(Duration.ofMinutes(1), Duration.ofHours(1), 5),
                clock);
        publisher = new Publisher(new EditionComposer(editions, clock), editions, renderer, worker);
    }

    @AfterEach
    void close() {
        database.close();
    }

    @Test
    void publishesTheNewDigestsOnceToEachRecipient() {
        rows.insert("Harbour", clock.instant());
        rows.insert("Library", clock.instant().plusSeconds(1));
        rows.insert("Market", clock.instant().plusSeconds(2));

        PublishResult result = publisher.publish(NEWS, List.of("#general", "#local"));

        Edition edition = result.edition().orElseThrow();
        assertThat(edition.number()).isEqualTo(1);
        assertThat(edition.items()).extracting(d -> d.digest().title()).containsExactly("Harbour", "Library");
        assertThat(edition.folded()).extracting(d -> d.digest().title()).containsExactly("Market");
        assertThat(result.deliveries()).isEqualTo(new OutboxResult(2, 0, 0));
        assertThat(news.sent()).extracting(FlakySender.Sent::recipient).containsExactlyInAnyOrder("#general", "#local");
    }

    @Test
    void publishingAgainWithNothingNewStoresAndSendsNothing() {
        rows.insert("Harbour", clock.instant());
        publisher.publish(NEWS, Publisher.SINGLE_TARGET);

        PublishResult again = publisher.publish(NEWS, Publisher.SINGLE_TARGET);

        assertThat(again.edition()).isEmpty();
        assertThat(again.deliveries()).isEqualTo(OutboxResult.NONE);
        assertThat(news.sent()).hasSize(1);

        rows.insert("Library", clock.instant());
        assertThat(publisher
                        .publish(NEWS, Publisher.SINGLE_TARGET)
                        .edition()
                        .orElseThrow()
                        .number())
                .isEqualTo(2);
        assertThat(news.sent()).extracting(FlakySender.Sent::number).containsExactly(1, 2);
    }

    @Test
    void aDigestSentToOneDestinationStillGoesToAnother() {
        rows.insert("Harbour", clock.instant());
        publisher.publish(NEWS, Publisher.SINGLE_TARGET);

        PublishResult result = publisher.publish(ARCHIVE, Publisher.SINGLE_TARGET);

        assertThat(result.edition().orElseThrow().items())
                .extracting(d -> d.digest().title())
                .containsExactly("Harbour");
        assertThat(archive.sent()).hasSize(1);
        assertThat(news.sent()).hasSize(1);
    }

    @Test
    void previewRendersTheNextEditionAndStoresNothing() {
        rows.insert("Harbour", clock.instant());

        RenderedEdition preview = publisher.preview(NEWS).orElseThrow();

        assertThat(preview.subject()).isEqualTo("Digest #1, 1 May 2025: Harbour");
        assertThat(preview.markdown()).contains("## Harbour");
        assertThat(queryLong(database, "SELECT COUNT(*) FROM edition")).isZero();
        assertThat(publisher.publish(NEWS, Publisher.SINGLE_TARGET).edition()).isPresent();
        assertThat(publisher.preview(NEWS)).isEmpty();
    }
}
