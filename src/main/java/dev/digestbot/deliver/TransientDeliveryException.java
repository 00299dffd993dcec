package dev.digestbot.deliver;

/** A send that failed but may succeed when tried again later; the outbox retries it with backoff. */
public final class TransientDeliveryException extends Exception {
    private static final long serialVersionUID = 1L;

    public TransientDeliveryException(String message) {
        super(message);
    }

    public TransientDeliveryException(String message, Throwable cause) {
        super(message, cause);
    }
}
