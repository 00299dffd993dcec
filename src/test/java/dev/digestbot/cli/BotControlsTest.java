package dev.digestbot.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.digestbot.article.ArticleMetadata;
import dev.digestbot.config.ConfigLoader;
import dev.digestbot.discord.BotStatus;
import dev.digestbot.discord.DestinationStatus;
import dev.digestbot.discord.PublishedEdition;
import dev.digestbot.store.DeliveryState;
import dev.digestbot.store.SeenFile;
import dev.digestbot.testing.DigestRows;
import dev.digestbot.testing.TestClock;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Map;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What {@code /digest now} and {@code /digest status} act on, over a real app and database. */
class BotControlsTest {
    private static final Instant NOW = Instant.parse("2026-06-01T07:00:00Z");

    @TempDir
    Path home;

    @Test
    void publishesNowAndReportsEachDestinationsLastEditionAndTheQueue() throws Exception {
        Path config = home.resolve("digestbot.yml");
        config = HomeConfig.write(home, """
                destinations:
                  morning:
                    type: file
                    cron: "0 0 7 * * ?"
                  evening:
                    type: file
                    cron: "0 0 19 * * ?"
                    dir: %1$s/blocked/evening
                """);
        // a file where the folder should be: every send to evening fails
        Files.createDirectories(home.resolve("blocked"));
        Files.writeString(home.resolve("blocked/evening"), "not a folder");
        try (App app = App.open(new ConfigLoader(Map.of()).load(config, true), new TestClock(NOW))) {
            app.articles()
                    .storeVersion(
                            new SeenFile("mill.txt", 10, NOW, "a".repeat(64)),
                            DigestRows.digest("Mill reopens"),
                            ArticleMetadata.NONE,
                            "The mill reopened.");
            BotControls controls = new BotControls(app);

            PublishedEdition morning = controls.publishNow("morning");
            PublishedEdition again = controls.publishNow("morning");
            controls.publishNow("evening");
            BotStatus status = controls.status();

            assertThat(controls.destinations()).containsExactly("morning", "evening");
            assertThat(morning).isEqualTo(new PublishedEdition("morning", OptionalInt.of(1), 1, 0, 0));
            assertThat(again.edition()).isEmpty();
            assertThat(status.destinations())
                    .containsExactly(
                            new DestinationStatus("morning", 1, NOW), new DestinationStatus("evening", 1, NOW));
            assertThat(status.queue()).containsEntry(DeliveryState.SENT, 1L);
            assertThat(status.queue().getOrDefault(DeliveryState.FAILED, 0L)
                            + status.queue().getOrDefault(DeliveryState.PENDING, 0L))
                    .isEqualTo(1L);
        }
    }
}
