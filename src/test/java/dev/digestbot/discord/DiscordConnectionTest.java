package dev.digestbot.discord;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import dev.digestbot.discord.fake.FakeDiscord;
import dev.digestbot.discord.fake.FakeGuild;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import net.dv8tion.jda.api.JDA;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** The real JDA client logging in to a local fake Discord through {@link DiscordConnection}. */
@Timeout(15)
class DiscordConnectionTest {
    private static final Duration READY_TIMEOUT = Duration.ofSeconds(5);

    @Test
    void logsInWithTheTokenAndOnlyTheGuildsIntentThenSeesTheGuild() {
        try (FakeDiscord discord = FakeDiscord.start();
                DiscordConnection connection =
                        new DiscordConnection(FakeDiscord.TOKEN, discord.endpoints(), READY_TIMEOUT, List.of())) {
            JDA jda = connection.connect();

            assertThat(jda.getStatus()).isEqualTo(JDA.Status.CONNECTED);
            assertThat(jda.getSelfUser().getId()).isEqualTo(FakeGuild.BOT_ID);
            assertThat(jda.getTextChannelById(FakeGuild.NEWS_CHANNEL_ID)).isNotNull();
            assertThat(discord.requests("GET", "users/@me"))
                    .singleElement()
                    .satisfies(r -> assertThat(r.authorization()).isEqualTo("Bot " + FakeDiscord.TOKEN));
            JsonNode identify = discord.gatewayReceived().stream()
                    .filter(p -> p.path("op").asInt() == 2)
                    .findFirst()
                    .orElseThrow()
                    .path("d");
            assertThat(identify.path("intents").asInt()).as("GUILDS only").isEqualTo(1);
            assertThat(discord.gatewayRequestTargets())
                    .singleElement()
                    .asString()
                    .as("JSON over a zlib stream, which Discord compresses and the fake answers as plain text")
                    .contains("encoding=json", "v=10", "compress=zlib-stream");
        }
    }

    @Test
    void closeShutsTheClientDown() {
        try (FakeDiscord discord = FakeDiscord.start()) {
            DiscordConnection connection =
                    new DiscordConnection(FakeDiscord.TOKEN, discord.endpoints(), READY_TIMEOUT, List.of());
            JDA jda = connection.connect();

            connection.close();

            assertThat(jda.getStatus()).isEqualTo(JDA.Status.SHUTDOWN);
            await().atMost(Duration.ofSeconds(5))
                    .untilAsserted(() -> assertThat(discord.gatewayCloseCodes()).containsExactly(1000));
        }
    }

    @Test
    void aRejectedTokenFailsAtOnceWithoutShowingTheToken() {
        String wrongToken = "d3Jvbmc.wrong.token-that-must-not-leak";
        try (FakeDiscord discord = FakeDiscord.start();
                DiscordConnection connection =
                        new DiscordConnection(wrongToken, discord.endpoints(), READY_TIMEOUT, List.of())) {
            assertThatThrownBy(connection::connect)
                    .isInstanceOf(DiscordConnectionException.class)
                    .hasMessageContaining("rejected the bot token")
                    .hasMessageNotContaining(wrongToken);
            assertThat(discord.gatewayRequestTargets()).isEmpty();
        }
    }

    @Test
    void aGatewayThatNeverDeliversTheGuildFailsAfterTheReadyTimeoutAndLetsGo() {
        try (FakeDiscord discord = FakeDiscord.start()) {
            discord.withholdGuildCreate();
            DiscordConnection connection =
                    new DiscordConnection(FakeDiscord.TOKEN, discord.endpoints(), Duration.ofMillis(700), List.of());
            long start = System.nanoTime();

            assertThatThrownBy(connection::connect)
                    .isInstanceOf(DiscordConnectionException.class)
                    .hasMessageContaining("was not ready within 700 ms");
            assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(5));
            await().atMost(Duration.ofSeconds(5))
                    .untilAsserted(() -> assertThat(discord.gatewayCloseCodes()).hasSize(1));
        }
    }

    @Test
    void endpointsMustBeHttpAndWebSocketUrls() {
        assertThatThrownBy(() -> new DiscordEndpoints(URI.create("ws://x/api/v10/"), URI.create("ws://x/")))
                .hasMessageContaining("REST URL");
        assertThatThrownBy(() -> new DiscordEndpoints(URI.create("https://x/api/v10/"), URI.create("https://x/")))
                .hasMessageContaining("gateway URL");
        assertThatCode(() -> new DiscordEndpoints(
                        URI.create("https://discord.com/api/v10/"), URI.create("wss://gateway.discord.gg/")))
                .doesNotThrowAnyException();
    }
}
