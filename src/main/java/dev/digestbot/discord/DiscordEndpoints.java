package dev.digestbot.discord;

import java.net.URI;
import java.util.Locale;
import net.dv8tion.jda.api.requests.RestConfig;

/**
 * Where the bot reaches Discord: the REST API base and the gateway. Discord's own unless a proxy
 * or a test says otherwise.
 *
 * @param restUrl the REST base, ending in the API version, such as {@code https://discord.com/api/v10/}
 * @param gatewayUrl the gateway WebSocket, such as {@code wss://gateway.discord.gg/}
 */
public record DiscordEndpoints(URI restUrl, URI gatewayUrl) {
    /** Discord's own endpoints. */
    public static final DiscordEndpoints DISCORD =
            new DiscordEndpoints(URI.create(RestConfig.DEFAULT_BASE_URL), URI.create("wss://gateway.discord.gg/"));

    public DiscordEndpoints {
        requireScheme(restUrl, "REST URL", "http", "https");
        requireScheme(gatewayUrl, "gateway URL", "ws", "wss");
    }

    private static void requireScheme(URI url, String what, String plain, String secure) {
        String scheme = url.getScheme() == null ? "" : url.getScheme().toLowerCase(Locale.ROOT);
        if (!url.isAbsolute() || url.getHost() == null || !(scheme.equals(plain) || scheme.equals(secure))) {
            throw new IllegalArgumentException("the Discord " + what + " must be an absolute " + plain + ":// or "
                    + secure + ":// URL, not " + url);
        }
    }
}
