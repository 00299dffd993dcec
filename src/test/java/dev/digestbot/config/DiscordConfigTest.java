package dev.digestbot.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The {@code discord} section, the bot token, and {@code discord} destinations. */
class DiscordConfigTest {
    private static final String NEWS = "1400000000000000001";
    private static final String SPORT = "14000000000000000022";
    private static final String TOKEN = "bm90LWEtcmVhbC10b2tlbg.test.only";

    @TempDir
    Path tmp;

    private ConfigFiles files() {
        return new ConfigFiles(tmp);
    }

    @Test
    void withoutATokenDiscordIsOffWithDiscordsEndpoints() throws Exception {
        DiscordConfig discord = files().load("").discord();

        assertThat(discord).isEqualTo(DiscordConfig.DEFAULTS);
        assertThat(discord.enabled()).isFalse();
        assertThat(discord.restUrl()).hasToString("https://discord.com/api/v10/");
        assertThat(discord.gatewayUrl()).hasToString("wss://gateway.discord.gg/");
        assertThat(discord.readyTimeout()).isEqualTo(Duration.ofSeconds(30));
    }

    @Test
    void readsEveryDiscordKeyAndTheTokenFromTheEnvironment() throws Exception {
        DiscordConfig discord =
                files().load("""
                        discord:
                          rest-url: http://127.0.0.1:8081/api/v10
                          gateway-url: ws://127.0.0.1:8082
                          admin-channel: 1400000000000000002
                          ready-timeout: 5s
                        """, Map.of("DISCORD_TOKEN", " " + TOKEN + "\n")).discord();

        assertThat(discord)
                .isEqualTo(new DiscordConfig(
                        URI.create("http://127.0.0.1:8081/api/v10/"),
                        URI.create("ws://127.0.0.1:8082/"),
                        new Secret(TOKEN),
                        Optional.of("1400000000000000002"),
                        Duration.ofSeconds(5)));
        assertThat(discord.enabled()).isTrue();
        assertThat(discord.toString()).doesNotContain(TOKEN);
    }

    @Test
    void environmentOverridesTheEndpoints() throws Exception {
        Map<String, String> env = Map.of(
                "DIGESTBOT_DISCORD_REST_URL", "http://localhost:9000/api/v10/",
                "DIGESTBOT_DISCORD_GATEWAY_URL", "ws://localhost:9001/",
                "DIGESTBOT_DISCORD_READY_TIMEOUT", "2s");

        DiscordConfig discord = files().load("", env).discord();

        assertThat(discord.restUrl()).hasToString("http://localhost:9000/api/v10/");
        assertThat(discord.gatewayUrl()).hasToString("ws://localhost:9001/");
        assertThat(discord.readyTimeout()).isEqualTo(Duration.ofSeconds(2));
    }

    @Test
    void theTokenFileIsReadTrimmedAndTheEnvironmentWins() throws Exception {
        Path secret = Files.writeString(tmp.resolve("discord_token"), "\n  " + TOKEN + "  \n");
        String yaml = "discord:\n  token-file: " + secret + "\n";

        assertThat(files().load(yaml).discord().token().reveal()).isEqualTo(TOKEN);
        assertThat(files().load(yaml, Map.of("DISCORD_TOKEN", "from-env"))
                        .discord()
                        .token()
                        .reveal())
                .isEqualTo("from-env");
    }

    @Test
    void anEmptyOrMissingTokenFileIsAnErrorNamingTheField() throws Exception {
        Path empty = Files.writeString(tmp.resolve("empty_token"), " \n");
        Path missing = tmp.resolve("no_such_token");
        String f = files().name();

        assertThat(files().problems("discord:\n  token-file: " + empty + "\n"))
                .containsExactly(f + ": discord.token-file: '" + empty + "' is empty; it should hold the bot token");
        assertThat(files().problems("discord:\n  token-file: " + missing + "\n"))
                .containsExactly(f + ": discord.token-file: no such file '" + missing + "'");
    }

    @Test
    void aTokenInTheFileIsRejectedWithoutEchoingIt() {
        List<String> problems = files().problems("discord:\n  token: " + TOKEN + "\n");

        assertThat(problems)
                .containsExactly(files().name()
                        + ": discord.token: secrets are not read from the file; set DISCORD_TOKEN in the environment");
        assertThat(String.join("\n", problems)).doesNotContain(TOKEN);
    }

    @Test
    void theTokenUnderADigestbotNameIsAnErrorPointingAtDiscordToken() {
        List<String> problems = files().problems("", Map.of("DIGESTBOT_DISCORD_TOKEN", TOKEN));

        assertThat(problems)
                .containsExactly(files().name() + ": DIGESTBOT_DISCORD_TOKEN (environment): the secret discord.token"
                        + " is read from DISCORD_TOKEN; set that instead");
        assertThat(String.join("\n", problems)).doesNotContain(TOKEN);
    }

    @Test
    void badEndpointsAndAdminChannelAreErrors() {
        String f = files().name();

        assertThat(files().problems("""
                        discord:
                          rest-url: ws://127.0.0.1/api/v10/
                          gateway-url: https://gateway.example
                          admin-channel: "#digest-admin"
                          ready-timeout: 0s
                        """))
                .containsExactlyInAnyOrder(
                        f + ": discord.rest-url: expected an absolute http:// or https:// URL without a query,"
                                + " got 'ws://127.0.0.1/api/v10/'",
                        f + ": discord.gateway-url: expected an absolute ws:// or wss:// URL without a query,"
                                + " got 'https://gateway.example'",
                        f + ": discord.admin-channel: '#digest-admin' is not a channel id; " + ChannelIds.FORM,
                        f + ": discord.ready-timeout: expected a duration above zero such as 500ms, 30s, 5m or 1h,"
                                + " got '0s'");
    }

    @Test
    void readsADiscordDestinationWithChannelsAsNumbersOrStrings() throws Exception {
        String yaml = """
                destinations:
                  news:
                    type: discord
                    cron: "0 0 8 * * ?"
                    channels: [1400000000000000001, "14000000000000000022"]
                    header: false
                  brief:
                    type: discord
                    cron: "0 0 9 * * ?"
                    channels: "1400000000000000001"
                """;

        DigestbotConfig config = files().load(yaml);

        assertThat(config.destinations().get("news").target())
                .isEqualTo(new DiscordTarget(List.of(NEWS, SPORT), false));
        assertThat(config.destinations().get("news").type()).isEqualTo("discord");
        assertThat(config.destinations().get("brief").target()).isEqualTo(new DiscordTarget(List.of(NEWS), true));
    }

    @Test
    void channelsComeCommaSeparatedFromTheEnvironment() throws Exception {
        Map<String, String> env = Map.of(
                "DIGESTBOT_DESTINATIONS_NEWS_TYPE", "discord",
                "DIGESTBOT_DESTINATIONS_NEWS_CRON", "0 0 8 * * ?",
                "DIGESTBOT_DESTINATIONS_NEWS_CHANNELS", NEWS + ", " + SPORT,
                "DIGESTBOT_DESTINATIONS_NEWS_HEADER", "false");

        DestinationConfig news = files().load("", env).destinations().get("news");

        assertThat(news.target()).isEqualTo(new DiscordTarget(List.of(NEWS, SPORT), false));
    }

    @Test
    void channelsMustBeGivenWellFormedAndOnce() {
        String f = files().name();
        String yaml = """
                destinations:
                  none:
                    type: discord
                    cron: "0 0 8 * * ?"
                  bad:
                    type: discord
                    cron: "0 0 8 * * ?"
                    channels: ["#news", 1400000000000000001, "1400000000000000001"]
                    header: sometimes
                    dir: out
                """;

        assertThat(files().problems(yaml))
                .containsExactlyInAnyOrder(
                        f + ": destinations.none.channels: missing; list the channel ids to post to,"
                                + " e.g. [\"1234567890123456789\"]",
                        f + ": destinations.bad.channels: '#news' is not a channel id; " + ChannelIds.FORM,
                        f + ": destinations.bad.channels: channel 1400000000000000001 is listed twice",
                        f + ": destinations.bad.header: expected true or false, got 'sometimes'",
                        f + ": destinations.bad.dir: unknown setting");
    }
}
