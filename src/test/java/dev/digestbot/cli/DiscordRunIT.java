package dev.digestbot.cli;

import static dev.digestbot.discord.fake.FakeGuild.MEMBER_ID;
import static dev.digestbot.discord.fake.FakeGuild.MODERATOR_ID;
import static dev.digestbot.discord.fake.FakeGuild.NEWS_CHANNEL_ID;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import dev.digestbot.discord.fake.FakeDiscord;
import dev.digestbot.discord.fake.FakeGuild;
import dev.digestbot.discord.fake.FakeInteraction;
import dev.digestbot.ingest.GeneratedArticles;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The packaged bot with Discord: given a token and the fake Discord's URLs in the environment it
 * posts what lands in the inbox to the channel on schedule and answers slash commands; without a token it says Discord is off
 * and goes on with its file destinations.
 */
class DiscordRunIT {
    @TempDir
    Path home;

    @Test
    void anArticleDroppedIntoTheInboxReachesTheChannel() throws Exception {
        writeConfig("""
                  news:
                    type: discord
                    cron: "0/2 * * * * ?"
                    channels: ["%s"]
                """.formatted(NEWS_CHANNEL_ID));
        try (FakeDiscord discord = FakeDiscord.start()) {
            Map<String, String> env = new HashMap<>();
            env.put("DISCORD_TOKEN", FakeDiscord.TOKEN);
            env.put("DIGESTBOT_DISCORD_REST_URL", discord.endpoints().restUrl().toString());
            env.put(
                    "DIGESTBOT_DISCORD_GATEWAY_URL",
                    discord.endpoints().gatewayUrl().toString());
            try (BotProcess bot = BotProcess.start(home, env)) {
                assertThat(bot.logged("Connected to Discord as Digest Bot")).isTrue();
                BotProcess.drop(home, "harbour.txt", GeneratedArticles.article(5));
                await().atMost(Duration.ofSeconds(30))
                        .until(() -> !discord.messages(NEWS_CHANNEL_ID).isEmpty());
                assertThat(discord.requests("PUT", "applications/" + FakeGuild.APPLICATION_ID + "/commands"))
                        .as("the slash commands are registered on start")
                        .hasSize(1);
                FakeInteraction latest =
                        discord.dispatchSlashCommand(MEMBER_ID, NEWS_CHANNEL_ID, "digest", "latest", Map.of());
                assertThat(answer(discord, latest)
                                .path("embeds")
                                .path(0)
                                .path("title")
                                .asText())
                        .contains("(report 5)");
                FakeInteraction now =
                        discord.dispatchSlashCommand(MODERATOR_ID, NEWS_CHANNEL_ID, "digest", "now", Map.of());
                assertThat(answer(discord, now).path("content").asText()).contains("news");
                assertThat(bot.log()).doesNotContain(FakeDiscord.TOKEN);
            }
            JsonNode message = discord.messages(NEWS_CHANNEL_ID).get(0);
            assertThat(message.path("content").asText()).startsWith("**Digest #1**");
            assertThat(message.path("embeds").path(0).path("title").asText()).contains("(report 5)");
            assertThat(discord.gatewayCloseCodes())
                    .as("a clean disconnect at stop")
                    .containsExactly(1000);
        }
    }

    @Test
    void withoutATokenDiscordIsOffOnceAndFileEditionsStillGoOut() throws Exception {
        writeConfig("""
                  news:
                    type: discord
                    cron: "0/2 * * * * ?"
                    channels: ["%s"]
                  digest:
                    type: file
                    cron: "0/2 * * * * ?"
                """.formatted(NEWS_CHANNEL_ID));
        Map<String, String> env = new HashMap<>();
        env.put("DISCORD_TOKEN", null);
        try (BotProcess bot = BotProcess.start(home, env)) {
            BotProcess.drop(home, "harbour.txt", GeneratedArticles.article(6));
            await().atMost(Duration.ofSeconds(30)).until(() -> !editionFiles().isEmpty());
            assertThat(bot.count("Discord is off (DISCORD_TOKEN is not set)")).isEqualTo(1);
            assertThat(bot.logged("Discord destination(s) [news] are not scheduled until DISCORD_TOKEN is set"))
                    .isTrue();
            assertThat(bot.logged("Next edition of digest")).isTrue();
            assertThat(bot.logged("Next edition of news")).isFalse();
        }
        assertThat(Files.readString(editionFiles().get(0))).contains("(report 6)");
    }

    /** The edit that replaced the deferred reply to {@code run}. */
    private static JsonNode answer(FakeDiscord discord, FakeInteraction run) {
        await().atMost(Duration.ofSeconds(10))
                .until(() -> !discord.requests("PATCH", run.originalPath()).isEmpty());
        return discord.requests("PATCH", run.originalPath()).get(0).body();
    }

    private void writeConfig(String destinations) throws IOException {
        BotProcess.writeConfig(home, """
                discord:
                  ready-timeout: 10s
                destinations:
                """ + destinations);
    }

    private List<Path> editionFiles() throws IOException {
        Path folder = home.resolve("data/editions/digest");
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(f -> f.toString().endsWith(".md")).sorted().toList();
        }
    }
}
