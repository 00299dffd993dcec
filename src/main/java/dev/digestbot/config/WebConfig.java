package dev.digestbot.config;

import java.net.URI;
import java.util.Objects;

/**
 * The {@code web} section.
 *
 * @param baseUrl the address readers reach the bot's pages at, ending in {@code /}: links in email
 *     (unsubscribe, confirm) start with it
 */
public record WebConfig(URI baseUrl) {
    /** The bot's own web server on this machine. */
    public static final WebConfig DEFAULTS = new WebConfig(URI.create("http://127.0.0.1:8080/"));

    public WebConfig {
        Objects.requireNonNull(baseUrl, "baseUrl");
    }
}
