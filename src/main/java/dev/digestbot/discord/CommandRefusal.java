package dev.digestbot.discord;

/**
 * A command declines a request for a reason the user can act on, such as an unknown id; the
 * message is shown to them as it is, privately, and is not an error of the bot.
 */
final class CommandRefusal extends RuntimeException {
    private static final long serialVersionUID = 1L;

    CommandRefusal(String message) {
        super(message);
    }
}
