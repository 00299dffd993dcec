package dev.digestbot.discord;

import java.net.URI;
import java.util.Locale;

/**
 * Where the bot reaches Discord: the REST API base and the gateway. The configuration supplies
 * them: Discord's own unless a proxy or a test says otherwise.
 *
 * @param restUrl the REST base, ending in the API version, such as {@code https://discord.com/api/v10/}
 * @param gatewayUrl the gateway WebSocket, such as {@code wss://gateway.discord.gg/}
 */
public record DiscordEndpoints(URI restUrl, URI gatewayUrl) {
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
