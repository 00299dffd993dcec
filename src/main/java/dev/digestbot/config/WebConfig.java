package dev.digestbot.config;

import java.net.URI;
import java.util.Objects;

/**
 * The {@code web} section: the bot's web server, which serves the pages that the newsletter's
 * confirm and unsubscribe links lead to, the subscribe form and {@code /health}.
 *
 * @param enabled whether {@code run} starts the web server
 * @param host the address bound, from {@code bind}
 * @param port the port bound, from {@code bind}; 0 for any free port
 * @param baseUrl the public address of the web server, ending in {@code /}, that links in mail
 *     start with; differs from {@code bind} behind a proxy
 * @param behindProxy whether a reverse proxy forwards every request, naming the client in {@code
 *     X-Forwarded-For}; only then is that header believed
 */
public record WebConfig(boolean enabled, String host, int port, URI baseUrl, boolean behindProxy) {
    /** The address bound when the config file does not set one: this machine only. */
    public static final String DEFAULT_HOST = "127.0.0.1";

    public static final int DEFAULT_PORT = 8080;

    /** The web server on, on this machine only, linked to at the address it binds. */
    public static final WebConfig DEFAULTS =
            new WebConfig(true, DEFAULT_HOST, DEFAULT_PORT, URI.create("http://127.0.0.1:8080/"), false);

    public WebConfig {
        Objects.requireNonNull(host, "host");
        Objects.requireNonNull(baseUrl, "baseUrl");
    }
}
