package dev.digestbot.discord;

/** Where {@code /digest status} reads the bot's state from; the application adapts its stores to it. */
public interface StatusSource {
    /** The state now: the outbox, each destination's last edition, and what failed recently. */
    BotStatus status();
}
