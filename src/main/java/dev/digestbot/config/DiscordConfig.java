package dev.digestbot.config;

import java.net.URI;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;

/**
 * The {@code discord} section. Discord is on when a bot token is set: from {@code DISCORD_TOKEN},
 * or else from the file {@code token-file} names (a Docker secret, say). The token prints as
 * {@code (secret)}.
 *
 * @param restUrl the REST API base, ending in {@code /}; Discord's unless a proxy or a test says
 *     otherwise
 * @param gatewayUrl the gateway WebSocket
 * @param token the bot token, or {@link Secret#NONE}
 * @param adminChannel the channel id failed deliveries are reported to, if any
 * @param readyTimeout how long start-up waits for the gateway to be ready
 */
public record DiscordConfig(
        URI restUrl, URI gatewayUrl, Secret token, Optional<String> adminChannel, Duration readyTimeout) {
    /** Discord's REST API, as JDA uses it. */
    public static final URI DEFAULT_REST_URL = URI.create("https://discord.com/api/v10/");

    /** Discord's gateway. */
    public static final URI DEFAULT_GATEWAY_URL = URI.create("wss://gateway.discord.gg/");

    /** Discord's endpoints, no token: Discord off. */
    public static final DiscordConfig DEFAULTS = new DiscordConfig(
            DEFAULT_REST_URL, DEFAULT_GATEWAY_URL, Secret.NONE, Optional.empty(), Duration.ofSeconds(30));

    public DiscordConfig {
        Objects.requireNonNull(restUrl, "restUrl");
        Objects.requireNonNull(gatewayUrl, "gatewayUrl");
        Objects.requireNonNull(token, "token");
        Objects.requireNonNull(adminChannel, "adminChannel");
        Objects.requireNonNull(readyTimeout, "readyTimeout");
    }

    /** Whether the bot connects to Discord: a token is set. */
    public boolean enabled() {
        return token.isSet();
    }
}
