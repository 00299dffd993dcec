package dev.digestbot.discord;

/** The bot could not log in to Discord or the gateway did not become ready; the message says which. */
public final class DiscordConnectionException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public DiscordConnectionException(String message, Throwable cause) {
        super(message, cause);
    }

    public DiscordConnectionException(String message) {
        super(message);
    }
}
