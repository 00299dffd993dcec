package dev.digestbot.deliver;

/**
 * A send that can never succeed; the outbox marks the delivery failed with this reason. Subclasses
 * say who is at fault where a sender needs to act on it.
 */
public class PermanentDeliveryException extends Exception {
    private static final long serialVersionUID = 1L;

    public PermanentDeliveryException(String message) {
        super(message);
    }

    public PermanentDeliveryException(String message, Throwable cause) {
        super(message, cause);
    }
}
