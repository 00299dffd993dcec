package dev.digestbot.cli;

import static dev.digestbot.discord.fake.FakeGuild.ADMIN_CHANNEL_ID;
import static dev.digestbot.discord.fake.FakeGuild.NEWS_CHANNEL_ID;
import static org.assertj.core.api.Assertions.assertThat;

import dev.digestbot.config.DatabaseConfig;
import dev.digestbot.discord.fake.FakeDiscord;
import dev.digestbot.discord.fake.ScriptedResponse;
import dev.digestbot.store.Database;
import dev.digestbot.testing.DigestRows;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code send --retry-failed} after the operator replaced a channel that Discord does not know
 * (10003) in the config: the edition goes to the channel configured now, not to the old one again.
 */
@Timeout(30)
class RetryFailedDiscordTest {
    @TempDir
    Path home;

    private FakeDiscord discord;
    private Path config;
    private Map<String, String> env;

    @BeforeEach
    void startDiscord() {
        discord = FakeDiscord.start();
        config = home.resolve("digestbot.yml");
        env = Map.of(
                "DISCORD_TOKEN", FakeDiscord.TOKEN,
                "DIGESTBOT_DISCORD_REST_URL", discord.endpoints().restUrl().toString(),
                "DIGESTBOT_DISCORD_GATEWAY_URL",
                        discord.endpoints().gatewayUrl().toString());
    }

    @AfterEach
    void stopDiscord() {
        discord.close();
    }

    @Test
    void anEditionThatFailedForAnUnknownChannelGoesToTheChannelThatReplacedItInTheConfig() throws Exception {
        writeConfig(ADMIN_CHANNEL_ID);
        storeDigest("Lighthouse keepers");
        discord.script("POST", "channels/" + ADMIN_CHANNEL_ID + "/messages", ScriptedResponse.UNKNOWN_CHANNEL);

        CommandRun send = send("--now");
        assertThat(send.exitCode()).isEqualTo(1);
        assertThat(send.out()).contains("news: edition 1 with 1 article(s) (0 sent, 0 to retry, 1 failed)");

        writeConfig(NEWS_CHANNEL_ID);
        CommandRun retry = send("--retry-failed");

        assertThat(retry.exitCode()).as(retry.err()).isZero();
        assertThat(retry.out().lines())
                .containsExactly(
                        "news: 0 failed deliveries queued again; 1 new delivery of edition 1 to the configured"
                                + " channels (1 sent, 0 to retry, 0 failed)",
                        "news: channel " + ADMIN_CHANNEL_ID
                                + " is no longer configured; its failed deliveries stay failed");
        assertThat(discord.messages(NEWS_CHANNEL_ID))
                .singleElement()
                .satisfies(m -> assertThat(m.path("content").asText()).startsWith("**Digest #1**"));
        assertThat(discord.messages(ADMIN_CHANNEL_ID)).isEmpty();

        CommandRun again = send("--retry-failed");
        assertThat(again.exitCode()).as(again.err()).isZero();
        assertThat(again.out()).contains("news: 0 failed deliveries queued again (0 sent, 0 to retry, 0 failed)");
        assertThat(discord.messages(NEWS_CHANNEL_ID)).hasSize(1);
        CommandRun status = CommandRun.of(env, "status", "--config", config.toString());
        assertThat(status.out())
                .as("the old channel's failure is history now")
                .doesNotContain("latest delivery failed");
    }

    private CommandRun send(String mode) {
        return CommandRun.of(env, "send", mode, "news", "--config", config.toString());
    }

    private void writeConfig(String channel) throws IOException {
        config = HomeConfig.write(home, """
                discord:
                  ready-timeout: 5s
                destinations:
                  news:
                    type: discord
                    cron: "0 0 12 1 1 ? 2099"
                    timezone: UTC
                    channels: ["%2$s"]
                """, channel);
    }

    private void storeDigest(String title) {
        try (Database db = Database.open(DatabaseConfig.defaultUrl(home.resolve("data")), "sa", "")) {
            new DigestRows(db).insert(title, Instant.now());
        }
    }
}
