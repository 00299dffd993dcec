package dev.digestbot.deliver;

/**
 * What one pass over the outbox did.
 *
 * @param sent deliveries sent
 * @param retrying deliveries that failed and are due again later
 * @param failed deliveries given up for good
 */
public record OutboxResult(int sent, int retrying, int failed) {
    public static final OutboxResult NONE = new OutboxResult(0, 0, 0);

    OutboxResult plus(OutboxResult other) {
        return new OutboxResult(sent + other.sent, retrying + other.retrying, failed + other.failed);
    }
}
