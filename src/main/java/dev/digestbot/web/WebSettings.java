package dev.digestbot.web;

import java.nio.file.Path;
import java.util.Objects;

/**
 * Where and how the web server runs.
 *
 * @param host the address to bind, such as {@code 127.0.0.1} or {@code 0.0.0.0}
 * @param port the port to bind; 0 picks a free one
 * @param templatesDir the operator's templates folder, whose {@code web/} holds the pages
 * @param subscribeLimit how often one client may send the subscribe form
 * @param behindProxy whether clients are told apart by the last address in {@code
 *     X-Forwarded-For}, the one the proxy in front added, rather than by the connection's
 */
public record WebSettings(String host, int port, Path templatesDir, RateLimit subscribeLimit, boolean behindProxy) {
    public WebSettings {
        Objects.requireNonNull(host, "host");
        Objects.requireNonNull(templatesDir, "templatesDir");
        Objects.requireNonNull(subscribeLimit, "subscribeLimit");
        if (port < 0 || port > 65535) {
            throw new IllegalArgumentException("port out of range: " + port);
        }
    }
}
