package dev.digestbot.discord;

import static dev.digestbot.discord.fake.FakeGuild.MODERATOR_ID;
import static dev.digestbot.discord.fake.FakeGuild.NEWS_CHANNEL_ID;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.digestbot.discord.fake.FakeInteraction;
import dev.digestbot.store.ArticleRepository;
import dev.digestbot.store.Database;
import dev.digestbot.testing.DigestRows;
import dev.digestbot.testing.TestClock;
import java.nio.file.Path;
import java.time.Duration;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import net.dv8tion.jda.api.interactions.commands.OptionType;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * The registry while {@code /digest now} is slow to publish: suggestions still come at once, and
 * closing waits for the answer under way and turns late requests away, all while Discord is up.
 */
@Timeout(20)
class BusyRegistryTest {
    private static final String SHUTTING_DOWN = "The bot is shutting down; try again in a minute.";

    @TempDir
    Path dir;

    private final CountDownLatch release = new CountDownLatch(1);
    private final AtomicInteger publishing = new AtomicInteger();
    private Database database;
    private CommandRegistry registry;
    private BotHarness bot;

    @BeforeEach
    void start() {
        database = DigestRows.openDatabase(dir);
        TestClock clock = TestClock.at("2026-03-02T08:00:00Z");
        ArticleRepository articles = new ArticleRepository(database, clock);
        NewsDigests.store(articles, clock);
        registry = new CommandRegistry(
                articles,
                ZoneId.of("UTC"),
                new SlowTrigger(),
                () -> {
                    throw new IllegalStateException("no status in this test");
                },
                Optional.empty());
        bot = new BotHarness(registry);
    }

    @AfterEach
    void stop() {
        release.countDown();
        bot.close();
        database.close();
    }

    @Test
    void suggestionsAreAnsweredWhileEveryCommandWorkerIsPublishing() {
        FakeInteraction first = now();
        FakeInteraction second = now();
        awaitPublishing(2);

        FakeInteraction typing = bot.discord.dispatchAutocomplete(
                MODERATOR_ID, NEWS_CHANNEL_ID, "digest", "show", Map.of(), "id", OptionType.INTEGER.getKey(), "river");

        assertThat(bot.callback(typing).path("data").path("choices"))
                .extracting(c -> c.path("name").asText())
                .containsExactly(NewsDigests.BARRIER, NewsDigests.LIBRARY);
        assertThat(bot.discord.requests("PATCH", first.originalPath()))
                .as("still publishing")
                .isEmpty();
        release.countDown();
        assertThat(bot.original(first).path("content").asText()).isEqualTo("edition 1 of daily: 1 channel(s) sent");
        assertThat(bot.original(second).path("content").asText()).isEqualTo("edition 1 of daily: 1 channel(s) sent");
    }

    @Test
    void closingSendsTheAnswerUnderWayAndTurnsLateRequestsAway() throws InterruptedException {
        FakeInteraction underWay = now();
        awaitPublishing(1);
        Thread closing = new Thread(registry::close, "closing-registry");
        closing.start();
        await().atMost(Duration.ofSeconds(5)).until(() -> closing.getState() == Thread.State.TIMED_WAITING);

        FakeInteraction late = now();
        assertThat(bot.original(late).path("content").asText()).isEqualTo(SHUTTING_DOWN);
        release.countDown();
        closing.join(TimeUnit.SECONDS.toMillis(10));

        assertThat(closing.isAlive()).isFalse();
        // no waiting here: close() returned, so the answer must already have reached Discord
        assertThat(bot.discord.requests("PATCH", underWay.originalPath()))
                .singleElement()
                .satisfies(edit -> assertThat(edit.body().path("content").asText())
                        .isEqualTo("edition 1 of daily: 1 channel(s) sent"));
    }

    private FakeInteraction now() {
        return bot.discord.dispatchSlashCommand(
                MODERATOR_ID, NEWS_CHANNEL_ID, "digest", "now", Map.of("destination", "daily"));
    }

    private void awaitPublishing(int count) {
        await().atMost(Duration.ofSeconds(5)).until(() -> publishing.get() >= count);
    }

    /** One destination whose every publish waits for the test to release it, as a long send does. */
    private final class SlowTrigger implements EditionTrigger {
        @Override
        public List<String> destinations() {
            return List.of("daily");
        }

        @Override
        public PublishedEdition publishNow(String destination) {
            publishing.incrementAndGet();
            try {
                if (!release.await(10, TimeUnit.SECONDS)) {
                    throw new IllegalStateException("the test never released the publish");
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while publishing", e);
            }
            return new PublishedEdition(destination, OptionalInt.of(1), 1, 0, 0);
        }
    }
}
