package dev.digestbot.cli;

import static dev.digestbot.discord.fake.FakeGuild.ADMIN_CHANNEL_ID;
import static dev.digestbot.discord.fake.FakeGuild.NEWS_CHANNEL_ID;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.digestbot.config.ConfigLoader;
import dev.digestbot.config.DatabaseConfig;
import dev.digestbot.config.DigestbotConfig;
import dev.digestbot.discord.fake.FakeDiscord;
import dev.digestbot.discord.fake.ScriptedResponse;
import dev.digestbot.schedule.Scheduling;
import dev.digestbot.store.Database;
import dev.digestbot.store.DeliveryState;
import dev.digestbot.testing.DigestRows;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * A discord destination through the application's wiring: the schedule and {@code send} post its
 * editions to its channels through the real JDA client and the fake Discord; {@code status} and
 * {@code preview} tell about it; without a token it is a clear usage error.
 */
@Timeout(30)
class DiscordCommandsTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    /** Noon on New Year's Day 2099: never fires during a test. */
    private static final String NEVER = "0 0 12 1 1 ? 2099";

    @TempDir
    Path home;

    private FakeDiscord discord;
    private Path config;

    @BeforeEach
    void startDiscord() {
        discord = FakeDiscord.start();
    }

    @AfterEach
    void stopDiscord() {
        discord.close();
    }

    @Test
    void anEditionReachesBothChannelsWhenTheScheduleFires() throws Exception {
        writeConfig("* * * * * ?", true);
        storeDigests("Tram line", "Flood wall");
        DigestbotConfig loaded = new ConfigLoader(env(FakeDiscord.TOKEN)).load(config, true);

        try (App app = App.open(loaded, Clock.systemUTC())) {
            app.connectDiscord(List.of());
            try (Scheduling scheduling = app.scheduling()) {
                scheduling.start();
                await().atMost(Duration.ofSeconds(10))
                        .until(() -> app.deliveries().countByState().get(DeliveryState.SENT) == 2);
            }
        }

        for (String channel : List.of(NEWS_CHANNEL_ID, ADMIN_CHANNEL_ID)) {
            assertThat(discord.messages(channel)).singleElement().satisfies(message -> {
                assertThat(message.path("content").asText()).startsWith("**Digest #1**");
                assertThat(titles(message)).containsExactly("Tram line", "Flood wall");
            });
        }
    }

    @Test
    void sendNowPostsTheEditionToTheDestinationsChannels() throws Exception {
        writeConfig(NEVER, true);
        storeDigests("Tram line");

        CommandRun send = CommandRun.of(env(FakeDiscord.TOKEN), "send", "--now", "news", "--config", config.toString());

        assertThat(send.exitCode()).as(send.err()).isZero();
        assertThat(send.out()).contains("news: edition 1 with 1 article(s) (2 sent, 0 to retry, 0 failed)");
        assertThat(discord.messages(NEWS_CHANNEL_ID)).hasSize(1);
        assertThat(discord.messages(ADMIN_CHANNEL_ID)).hasSize(1);
    }

    @Test
    void sendingADiscordDestinationWithoutATokenIsAUsageError() throws Exception {
        writeConfig(NEVER, true);
        storeDigests("Tram line");

        CommandRun send = CommandRun.of(env(null), "send", "--now", "--config", config.toString());

        assertThat(send.exitCode()).isEqualTo(2);
        assertThat(send.err()).contains("news: a discord destination needs the bot token; set DISCORD_TOKEN");
        assertThat(discord.requests()).isEmpty();
    }

    @Test
    void aRejectedTokenFailsTheSendWithOneLineThatHidesIt() throws Exception {
        writeConfig(NEVER, true);
        String wrong = "d3Jvbmc.wrong.token-for-a-test";

        CommandRun send = CommandRun.of(env(wrong), "send", "--now", "--config", config.toString());

        assertThat(send.exitCode()).isEqualTo(1);
        assertThat(send.err().lines()).singleElement().asString().contains("rejected the bot token");
        assertThat(send.err() + send.out()).doesNotContain(wrong);
    }

    @Test
    void runWithARejectedTokenFailsToStartWithOneLine() throws Exception {
        writeConfig(NEVER, true);

        CommandRun run = CommandRun.of(env("d3Jvbmc.wrong.token-for-a-test"), "run", "--config", config.toString());

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.err()).startsWith("digestbot: ").contains("rejected the bot token");
        assertThat(run.err().lines()).hasSize(1);
    }

    @Test
    void statusTellsWhyTheLatestDeliveryFailedAndRetryFailedSendsItAgain() throws Exception {
        writeConfig(NEVER, true);
        storeDigests("Tram line");
        discord.script("POST", "channels/" + NEWS_CHANNEL_ID + "/messages", ScriptedResponse.MISSING_ACCESS);
        Map<String, String> env = env(FakeDiscord.TOKEN);

        CommandRun send = CommandRun.of(env, "send", "--now", "news", "--config", config.toString());
        assertThat(send.exitCode()).isEqualTo(1);
        assertThat(send.out()).contains("(1 sent, 0 to retry, 1 failed)");

        JsonNode news = JSON.readTree(CommandRun.of(env, "status", "--json", "--config", config.toString())
                        .out())
                .path("destinations")
                .path(0);
        assertThat(news.path("lastFailure").asText())
                .isEqualTo("edition 1 to " + NEWS_CHANNEL_ID + ": missing access to channel " + NEWS_CHANNEL_ID
                        + " (50001): give the bot View Channel, Send Messages and Embed Links there");
        assertThat(CommandRun.of(env, "status", "--config", config.toString()).out())
                .contains("latest delivery failed: edition 1 to " + NEWS_CHANNEL_ID + ": missing access");

        CommandRun retry = CommandRun.of(env, "send", "--retry-failed", "news", "--config", config.toString());
        assertThat(retry.exitCode()).as(retry.err()).isZero();
        assertThat(discord.messages(NEWS_CHANNEL_ID)).hasSize(1);
        assertThat(discord.messages(ADMIN_CHANNEL_ID)).hasSize(1);
        assertThat(JSON.readTree(CommandRun.of(env, "status", "--json", "--config", config.toString())
                                .out())
                        .path("destinations")
                        .path(0)
                        .path("lastFailure")
                        .isNull())
                .isTrue();
    }

    @Test
    void previewLeavesTheHeaderOutWhenTheDestinationSaysSo() throws Exception {
        writeConfig(NEVER, false);
        storeDigests("Tram line");

        CommandRun preview = CommandRun.of(env(null), "preview", "news", "--discord", "--config", config.toString());

        assertThat(preview.exitCode()).as(preview.err()).isZero();
        JsonNode payloads = JSON.readTree(preview.out());
        assertThat(payloads).singleElement().satisfies(p -> {
            assertThat(p.path("content").asText()).isEmpty();
            assertThat(titles(p)).containsExactly("Tram line");
        });
    }

    private void writeConfig(String cron, boolean header) throws IOException {
        config = home.resolve("digestbot.yml");
        config = HomeConfig.write(home, """
                discord:
                  ready-timeout: 5s
                destinations:
                  news:
                    type: discord
                    cron: "%2$s"
                    timezone: UTC
                    channels: [%3$s, "%4$s"]
                    header: %5$s
                """, cron, NEWS_CHANNEL_ID, ADMIN_CHANNEL_ID, header);
    }

    /** The environment of a bot pointed at the fake Discord, with {@code token} or none. */
    private Map<String, String> env(String token) {
        Map<String, String> env = new HashMap<>(Map.of(
                "DIGESTBOT_DISCORD_REST_URL", discord.endpoints().restUrl().toString(),
                "DIGESTBOT_DISCORD_GATEWAY_URL",
                        discord.endpoints().gatewayUrl().toString()));
        if (token != null) {
            env.put("DISCORD_TOKEN", token);
        }
        return env;
    }

    private void storeDigests(String... titles) {
        try (Database db = Database.open(DatabaseConfig.defaultUrl(home.resolve("data")), "sa", "")) {
            DigestRows rows = new DigestRows(db);
            for (String title : titles) {
                rows.insert(title, Instant.now());
            }
        }
    }

    private static List<String> titles(JsonNode message) {
        List<String> titles = new ArrayList<>();
        message.path("embeds").forEach(e -> titles.add(e.path("title").asText()));
        return titles;
    }
}
