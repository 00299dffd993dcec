package dev.digestbot.deliver.discord;

import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletionException;
import java.util.concurrent.RejectedExecutionException;
import net.dv8tion.jda.api.exceptions.ErrorResponseException;
import net.dv8tion.jda.api.exceptions.InsufficientPermissionException;
import net.dv8tion.jda.api.requests.ErrorResponse;

/**
 * What a failed post to a channel means for the outbox: whether trying again can help, and why it
 * failed in words an admin can act on. Rate limits (429) never get here: JDA waits them out.
 */
final class DiscordFailures {
    private static final String FIX_PERMISSIONS = "give the bot View Channel, Send Messages and Embed Links there";

    private DiscordFailures() {}

    /**
     * Why a post failed.
     *
     * @param permanent whether the post can never succeed as things stand
     * @param reason one line for the delivery's record, the log and the admin alert
     */
    record Failure(boolean permanent, String reason) {}

    /** A channel JDA does not know: not in a server the bot is in, or hidden from the bot. */
    static Failure cannotSee(String channel) {
        return new Failure(
                true,
                "the bot cannot see channel " + channel + ": it is not in a server the bot has joined, or the bot"
                        + " may not view it; invite the bot and " + FIX_PERMISSIONS);
    }

    /** The failure {@code e} stands for, or null when it is none of JDA's known failures (a bug). */
    static Failure of(RuntimeException e, String channel) {
        if (e instanceof ErrorResponseException error) {
            return answered(error, channel);
        }
        if (e instanceof InsufficientPermissionException missing) {
            return new Failure(
                    true,
                    "missing permission " + missing.getPermission().getName() + " in channel " + channel + ": "
                            + FIX_PERMISSIONS);
        }
        if (e instanceof RejectedExecutionException || e instanceof CancellationException) {
            return new Failure(false, "the Discord client is shutting down");
        }
        if (e instanceof CompletionException) {
            return new Failure(false, "no answer from Discord for channel " + channel + ": " + e.getCause());
        }
        return null;
    }

    private static Failure answered(ErrorResponseException e, String channel) {
        int status = e.getResponse().code;
        if (e.getResponse().isError()) {
            return new Failure(false, "cannot reach Discord for channel " + channel + ": " + e.getCause());
        }
        ErrorResponse code = e.getErrorResponse();
        if (code == ErrorResponse.MISSING_ACCESS) {
            return new Failure(true, "missing access to channel " + channel + " (50001): " + FIX_PERMISSIONS);
        }
        if (code == ErrorResponse.MISSING_PERMISSIONS) {
            return new Failure(true, "missing permissions in channel " + channel + " (50013): " + FIX_PERMISSIONS);
        }
        if (code == ErrorResponse.UNKNOWN_CHANNEL) {
            return new Failure(
                    true,
                    "channel " + channel + " does not exist (10003): it was deleted, or the id in the config is"
                            + " wrong");
        }
        String answer = "Discord answered HTTP " + status + " (" + e.getErrorCode() + ": " + e.getMeaning() + ")"
                + " for channel " + channel;
        // 429 is JDA's to wait out, so one that gets here is a passing overload like a 5xx
        return new Failure(status >= 400 && status < 500 && status != 429, answer);
    }
}
